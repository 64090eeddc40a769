/**
 * A small import graph of the product code (lib, components, entrypoints), for the conventions
 * tests: every `import`/`export … from` of a project file, type-only imports included (a type
 * circle is still a design circle). Resolves the `@/` alias and relative paths.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Product source files (tests excluded), relative to the repository root. */
export function productFiles(dirs = ['lib', 'components', 'entrypoints']): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name))),
  );
}

function resolveFile(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(join(ROOT, candidate)) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** The project files `file` imports. */
export function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? '';
    let base: string | null = null;
    if (specifier.startsWith('@/')) base = specifier.slice(2);
    else if (specifier.startsWith('.')) base = relative(ROOT, resolve(ROOT, dirname(file), specifier));
    const target = base === null ? null : resolveFile(base);
    if (target) found.push(target);
  }
  return found;
}

/** Every import circle, each as the list of files around it (empty when there is none). */
export function importCycles(files: readonly string[], edges: (file: string) => string[] = importsOf): string[][] {
  const graph = new Map(files.map((file) => [file, edges(file)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

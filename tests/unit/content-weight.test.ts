/**
 * First law (issue 14): what loads on every page stays small. The libraries that only extension
 * pages or UI loaded on first use need must not be reachable from a content script through a
 * value import (type imports are erased): zod, the storage items' library, Preact and its signals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, ROOT } from './import-graph';

const VALUE_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const FORBIDDEN = /^(zod|zod\/mini|@wxt-dev\/storage|preact|preact\/.*|@preact\/signals|@preact\/signals-core)$/;

/** Package specifiers reachable from `entry` through value imports, with the file importing each. */
function packagesReachable(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(ROOT, file), 'utf8');
    const valueSpecifiers = [...source.matchAll(VALUE_IMPORT)].map((match) => match[1] ?? match[2] ?? '');
    for (const specifier of valueSpecifiers) {
      if (!specifier.startsWith('@/') && !specifier.startsWith('.')) found.set(specifier, file);
    }
    const projectValueImports = importsOf(file).filter((target) =>
      valueSpecifiers.some((specifier) => specifier.startsWith('@/') && target.startsWith(specifier.slice(2))),
    );
    for (const target of projectValueImports) visit(target);
  };
  visit(entry);
  return found;
}

describe('content scripts', () => {
  // The nine networks' scripts, and the main-world scripts the background injects into their pages.
  const entries = [
    ...readdirSync(join(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content.ts')),
    'page-bridge.ts',
    'page-state.ts',
  ];

  it('are found', () => {
    expect(entries.length).toBeGreaterThanOrEqual(11);
  });

  for (const entry of entries) {
    it(`${entry} loads neither zod, the storage items' library, Preact nor signals`, () => {
      const reachable = packagesReachable(`entrypoints/${entry}`);
      const offenders = [...reachable].filter(([specifier]) => FORBIDDEN.test(specifier));
      expect(offenders.map(([specifier, file]) => `${specifier} (from ${file})`)).toEqual([]);
    });
  }

  it("the picker's view, evaluated at a box's focus, loads no twitter-text (entrypoints/x-length.ts does)", () => {
    expect([...packagesReachable('entrypoints/template-picker.ts').keys()]).not.toContain('twitter-text');
    expect([...packagesReachable('entrypoints/x-length.ts').keys()]).toContain('twitter-text');
  });

  it('the walk sees a forbidden import when there is one', () => {
    expect([...packagesReachable('lib/backup/format.ts').keys()]).toContain('zod');
  });
});

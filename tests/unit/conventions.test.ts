import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { protocol } from '../../lib/messaging/protocol';
import { NETWORKS } from '../../lib/networks';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const productFiles = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);

describe('project conventions', () => {
  it('every numbered migration has its own test', () => {
    const dir = join(ROOT, 'lib/db/migrations');
    const migrations = readdirSync(dir).filter((file) => /^\d{3}-.*(?<!\.test)\.ts$/.test(file));
    expect(migrations.length).toBeGreaterThan(0);
    for (const file of migrations) {
      expect(existsSync(join(dir, file.replace(/\.ts$/, '.test.ts'))), `${file} has no test`).toBe(true);
    }
  });

  it('every message of the protocol has a handler in the background', () => {
    const handlers = createHandlers({
      db: async () => {
        throw new Error('unused');
      },
      now: () => 0,
      newId: () => '',
      openSidePanel: async () => undefined,
    });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(protocol).sort());
  });

  it('every network has an adapter folder and fixtures', () => {
    for (const network of NETWORKS) {
      expect(existsSync(join(ROOT, 'lib/sites', network, 'adapter.ts')), `${network} adapter`).toBe(true);
      expect(existsSync(join(ROOT, 'tests/fixtures', network)), `${network} fixtures`).toBe(true);
    }
  });

  it('page text never reaches an HTML sink in product code', () => {
    const sinks = /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/;
    expect(productFiles.filter((file) => sinks.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('the extension API is imported from lib/browser.ts only', () => {
    const direct = /\bchrome\.[a-z]+\.|from ['"]webextension-polyfill['"]|from ['"]wxt\/browser['"]/;
    const offenders = productFiles.filter(
      (file) => file !== 'lib/browser.ts' && direct.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('"now" comes from the one clock (lib/clock.ts), never from a bare clock read', () => {
    const bare = /\bDate\.now\b|new Date\(\)|DateTime\.(now|local)\(\)/;
    const offenders = productFiles.filter(
      (file) => file !== 'lib/clock.ts' && bare.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('browser tests take "now" from the suite clock (tests/e2e/support/clock.ts), never the machine', () => {
    const bare = /\bDate\.now\b|new Date\(\)|DateTime\.(now|local)\(\)/;
    const offenders = ['tests/e2e', 'tests/flows', 'tests/firefox']
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith('support/clock.ts') && bare.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('lib, components and entrypoints import project files through the @/ alias only', () => {
    const relativeImport = /(?:from|import)\s*\(?\s*['"]\.{1,2}[/'"]/;
    const offenders = ['lib', 'components', 'entrypoints']
      .flatMap((dir) => readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true }))
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((file) => relativeImport.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

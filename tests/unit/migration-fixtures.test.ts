/**
 * Guarantee: data written by any past release upgrades to this one with every record intact.
 * tests/fixtures/migrations/ holds, for every database version and every past version of each
 * storage item, what that version's code stored; each is upgraded here and checked whole. The
 * conventions half fails when a version is added without its fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_VERSION } from '@/lib/db/migrations';
import { openCompanionDb } from '@/lib/db/open';
import { productFiles } from './import-graph';

const DIR = 'tests/fixtures/migrations';
const NAME = 'migration-fixtures-test';
const STORES = ['inbox', 'posts', 'events'] as const;
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

/** How each versioned item is read today (the module that defines it, and its reader). */
const READERS: Record<string, () => Promise<unknown>> = {
  templates: async () => (await import('@/lib/templates/store')).readTemplates(),
  guardRules: async () => (await import('@/lib/guard/store')).readGuardSettings(),
};

/** Every storage item and its current version, read from the defineItem calls. */
function versionedItems(): { key: string; version: number; file: string }[] {
  const found: { key: string; version: number; file: string }[] = [];
  for (const file of productFiles()) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/defineItem<[^>]*>\(\s*'local:([\w.]+)',\s*\{([^}]*)/g)) {
      const version = /version:\s*(\d+)/.exec(match[2] ?? '');
      found.push({ key: match[1] ?? '', version: version ? Number(version[1]) : 1, file });
    }
  }
  return found;
}

afterEach(() => deleteDB(NAME));

describe('every past schema version upgrades with every record intact', () => {
  const idbFixtures = readdirSync(DIR).filter((file) => /^idb-v\d+\.json$/.test(file));

  it.each(idbFixtures)('IndexedDB %s', async (file) => {
    const fixture = read(file);
    const old = await openCompanionDb(NAME, fixture.version);
    for (const store of STORES) for (const record of fixture.stores[store]) await old.put(store, record);
    old.close();
    const db = await openCompanionDb(NAME);
    for (const store of STORES) expect(await db.getAll(store)).toEqual(fixture.stores[store]);
    db.close();
  });

  const storageFixtures = readdirSync(DIR).filter((file) => /^storage-.+-v\d+\.json$/.test(file));

  it.each(storageFixtures)('storage %s', async (file) => {
    const fixture = read(file);
    await fakeBrowser.storage.local.set({ [fixture.key]: fixture.value, [`${fixture.key}$`]: { v: fixture.version } });
    vi.resetModules();
    const reader = READERS[fixture.key];
    if (!reader) throw new Error(`no reader for ${fixture.key} in READERS`);
    expect(await reader()).toEqual(fixture.expected);
    // Where a migration moves data to another item, that item holds it now.
    for (const [key, value] of Object.entries(fixture.storedAfter ?? {})) {
      expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(value);
    }
  });
});

describe('conventions: a new schema version comes with its fixture', () => {
  it('there is a database fixture for every version up to the current one', () => {
    const versions = readdirSync(DIR)
      .map((file) => /^idb-v(\d+)\.json$/.exec(file)?.[1])
      .filter(Boolean)
      .map(Number)
      .sort();
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, index) => index + 1));
  });

  it('every past version of every storage item has a fixture and a reader', () => {
    const items = versionedItems();
    expect(items.map((item) => item.key)).toEqual(expect.arrayContaining(['templates', 'guardRules', 'settings']));
    const missing: string[] = [];
    for (const { key, version, file } of items) {
      for (let past = 1; past < version; past++) {
        const fixture = `storage-${key}-v${past}.json`;
        if (!readdirSync(DIR).includes(fixture)) missing.push(`${file}: ${fixture}`);
        if (!READERS[key]) missing.push(`${file}: READERS.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

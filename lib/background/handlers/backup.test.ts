import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { MAX_BACKUP_BYTES, parseBackup } from '@/lib/backup/format';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import type { HandlerContext } from '@/lib/messaging/handle';

const NAME = 'backup-handlers-test';
let db: IDBPDatabase<CompanionDB>;
let now = Date.UTC(2026, 5, 1, 9);
let ids = 0;
const handlers = () =>
  createHandlers({
    db: async () => db,
    now: () => now,
    newId: () => `id-${++ids}`,
    openSidePanel: async () => undefined,
  });
const page: HandlerContext = { sender: 'page', tabId: null, windowId: null };
const xPage: HandlerContext = { sender: 'content', tabId: 4, windowId: 1, network: 'x' };

const capture = (postId: string, text: string) => ({
  network: 'x' as const,
  postId,
  permalink: `https://x.com/marie/status/${postId}`,
  authorName: 'Marie',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text,
  pageUrl: 'https://x.com/home',
  kind: 'post' as const,
});
const draft = (name: string) => ({
  name,
  body: `${name} !`,
  shortcut: '',
  tags: ['a'],
  networks: [],
  language: 'fr' as const,
});

/** A profile with something in every store and item. */
async function fill() {
  const all = handlers();
  const { id: item } = await all.captureToInbox(capture('1', 'Bonjour <script>window.__pwned=1</script>'), xPage);
  await all.captureToInbox(capture('2', 'Deuxième'), xPage);
  await all.updateInboxItems({ ids: [item], patch: { tags: ['livraison'], notes: 'rappeler' } }, page);
  await all.saveCalendarEntry(
    {
      entry: {
        title: 'Soldes',
        text: 'Texte',
        networks: ['x'],
        variants: {},
        localDateTime: '2026-06-10T21:00',
        timeZone: 'Europe/Paris',
        status: 'scheduled',
        labels: [],
        campaign: '',
        notes: '',
      },
    },
    page,
  );
  const { id: template } = await all.saveTemplate({ id: null, draft: draft('Merci') }, page);
  await all.templateUsed({ templateId: template ?? '', network: 'x', via: 'trigger' }, xPage);
  await all.saveAccount({ account: { id: 'acc', network: 'x', handle: 'acme', role: 'brand' } as never }, page);
  await all.reportActiveAccount({ network: 'x', handle: 'perso', displayName: 'Perso' }, xPage);
  await fakeBrowser.storage.local.set({
    settings: { language: 'fr', brandName: 'Acme' },
    inboxTeam: ['Léa'],
    guardRules: { rules: { keywords: false }, showBadge: false },
    guardRules$: { v: 2 },
  });
}

/** Everything a backup holds, read straight from storage and IndexedDB. */
async function everything() {
  const stored = await fakeBrowser.storage.local.get(null);
  for (const key of Object.keys(stored)) if (key.startsWith('dbRevision.') || key.endsWith('$')) delete stored[key];
  return {
    stored,
    inbox: await db.getAll('inbox'),
    posts: await db.getAll('posts'),
    events: await db.getAll('events'),
  };
}

async function wipe() {
  await fakeBrowser.storage.local.clear();
  for (const store of ['inbox', 'posts', 'events'] as const) await db.clear(store);
}

beforeEach(async () => {
  db = await openCompanionDb(NAME);
  await fakeBrowser.storage.local.set({ templates: [], templates$: { v: 2 } });
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('backup and restore', () => {
  it('export → wipe → import gives identical data (deep-equal)', async () => {
    await fill();
    const before = await everything();
    expect(before.inbox).toHaveLength(2);
    expect(before.events.length).toBeGreaterThan(2);
    const { json } = await handlers().exportBackup({}, page);
    await wipe();
    expect((await everything()).inbox).toEqual([]);
    const { problems, report } = await handlers().importBackup({ json }, page);
    expect(problems).toEqual([]);
    expect(report?.conflicts).toEqual([]);
    expect(await everything()).toEqual(before);
    // The restored versions are this release's: nothing is migrated again on the next start.
    const versions = await fakeBrowser.storage.local.get(['guardRules$', 'templates$']);
    expect(versions).toEqual({ guardRules$: { v: 2 }, templates$: { v: 2 } });
  });

  it('a backup exported by database version 2 (same records, more indexes) restores whole', async () => {
    await fill();
    const before = await everything();
    const exported = JSON.parse((await handlers().exportBackup({}, page)).json);
    expect(exported.schema.db).toBe(3);
    await wipe();
    const { problems } = await handlers().importBackup(
      { json: JSON.stringify({ ...exported, schema: { ...exported.schema, db: 2 } }) },
      page,
    );
    expect(problems).toEqual([]);
    expect(await everything()).toEqual(before);
  });

  it('restoring into a profile with data keeps both sides; a conflict keeps the newer updatedAt and says so', async () => {
    await fill();
    const all = handlers();
    const { json } = await all.exportBackup({}, page);
    const [mine] = await db.getAll('inbox');
    if (!mine) throw new Error('no item');
    // This browser changes an item after the backup (newer), and gets a new one the file does not have.
    now += 60_000;
    await all.updateInboxItems({ ids: [mine.id], patch: { notes: 'plus récent' } }, page);
    await all.captureToInbox(capture('3', 'Only here'), xPage);
    // The file has a template edited later than this browser's copy, and one this browser lacks.
    const file = JSON.parse(json);
    file.items.templates[0].name = 'Merci (fichier)';
    file.items.templates[0].updatedAt = now + 1;
    file.items.templates.push({ ...file.items.templates[0], id: 'only-in-file', name: 'Du fichier' });
    const { problems, report } = await all.importBackup({ json: JSON.stringify(file) }, page);
    expect(problems).toEqual([]);
    expect((await db.getAll('inbox')).length).toBe(3);
    expect((await db.get('inbox', mine.id))?.notes).toBe('plus récent');
    expect(report?.conflicts).toEqual(
      expect.arrayContaining([
        { what: 'inbox', id: mine.id, kept: 'browser' },
        { what: 'templates', id: file.items.templates[0].id, kept: 'file' },
      ]),
    );
    expect(report?.added.templates).toBe(1);
    const names = ((await fakeBrowser.storage.local.get('templates')).templates as { name: string }[]).map(
      (t) => t.name,
    );
    expect(names).toEqual(['Merci (fichier)', 'Du fichier']);
  });

  it('a bad file names its first problems by path and stores nothing (all or nothing)', async () => {
    await fill();
    const all = handlers();
    const { json } = await all.exportBackup({}, page);
    const file = JSON.parse(json);
    file.stores.inbox[1].permalink = 'javascript:alert(1)';
    file.items.accounts[0].role = 'boss';
    await wipe();
    const { problems, report } = await all.importBackup({ json: JSON.stringify(file) }, page);
    expect(report).toBeNull();
    expect(problems.map((problem) => problem.path)).toEqual(['items.accounts[0].role', 'stores.inbox[1].permalink']);
    expect(await db.getAll('inbox')).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses __proto__ and constructor keys, and pollutes no prototype', async () => {
    await fill();
    const { json } = await handlers().exportBackup({}, page);
    const hostile = json.replace('"items":{', '"items":{"__proto__":{"polluted":true},');
    const { problems } = await handlers().importBackup({ json: hostile }, page);
    expect(problems[0]).toMatchObject({ path: '(file)', message: expect.stringContaining('__proto__') });
    const nested = json.replace('"stores":{', '"stores":{"x":{"constructor":{"prototype":{"polluted":true}}},');
    expect((await handlers().importBackup({ json: nested }, page)).problems[0]?.message).toMatch(
      /constructor|prototype/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what is not a backup, a newer database version and files over the size limit, with a clear message', async () => {
    const all = handlers();
    expect((await all.importBackup({ json: 'not json' }, page)).problems[0]).toMatchObject({ path: '(file)' });
    expect((await all.importBackup({ json: '{"format":"other"}' }, page)).problems[0]?.path).toBe('format');
    const { json } = await all.exportBackup({}, page);
    const newer = JSON.parse(json);
    newer.schema.db = 99;
    expect((await all.importBackup({ json: JSON.stringify(newer) }, page)).problems[0]).toMatchObject({
      path: 'schema.db',
    });
    newer.schema.db = 1;
    expect((await all.importBackup({ json: JSON.stringify(newer) }, page)).problems[0]).toMatchObject({
      path: 'schema.db',
    });
    const huge = `{"format":"cm-companion-backup","pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(parseBackup(huge, 2)).toEqual({ ok: false, problems: [{ path: '(file)', message: 'larger than 40 MB' }] });
  });
});

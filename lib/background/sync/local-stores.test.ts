/**
 * Joining a team moves this device's existing data into the shared model with nothing lost: every
 * record of the current schema (the migration fixture of the last database version, and the
 * templates marked for the team) becomes a shared document and comes back from it identical, into
 * another profile's stores.
 */
import { readFileSync } from 'node:fs';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAccounts, localStores, sharedIdOf } from '@/lib/background/sync/local-stores';
import { DB_VERSION } from '@/lib/db/migrations';
import { openCompanionDb } from '@/lib/db/open';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { readAccounts, writeAccounts } from '@/lib/guard/store';
import { kindOfDocId, type SharedDoc, type SharedKind, toDoc } from '@/lib/sync/doc';
import { starterTemplates } from '@/lib/templates/starter';
import { readTemplates, writeTemplates } from '@/lib/templates/store';

const fixture = JSON.parse(readFileSync(`tests/fixtures/migrations/idb-v${DB_VERSION}.json`, 'utf8'));
const T0 = 1_800_000_000_000;

afterEach(async () => {
  await deleteDB('team-from');
  await deleteDB('team-to');
});

describe('existing data moves into the shared model with nothing lost', () => {
  it('inbox items, calendar entries and team templates go to shared documents and back, identical', async () => {
    const from = await openCompanionDb('team-from');
    for (const item of fixture.stores.inbox) await from.put('inbox', item);
    for (const post of fixture.stores.posts) await from.put('posts', post);
    const templates = starterTemplates(T0).map((template, at) => ({ ...template, team: at % 2 === 0 }));
    await writeTemplates(templates);

    const source = localStores(async () => from);
    const docs: SharedDoc[] = [];
    for (const kind of ['inbox', 'calendar', 'template'] as SharedKind[]) {
      for (const record of await source.all(kind)) {
        const doc = toDoc(kind, record, null, T0, 'lea') as SharedDoc;
        docs.push({ ...doc, _id: `${kind}:${sharedIdOf(kind, record)}` });
      }
    }
    const teamTemplates = templates.filter((template) => template.team);
    expect(docs.length).toBe(fixture.stores.inbox.length + fixture.stores.posts.length + teamTemplates.length);

    // Another CM's empty profile takes the documents.
    await writeTemplates([]);
    const to = await openCompanionDb('team-to');
    const target = localStores(async () => to);
    const incoming = docs.map((doc) => {
      const kind = kindOfDocId(doc._id) as SharedKind;
      return { kind, sharedId: doc._id.slice(kind.length + 1), record: doc.record };
    });
    // A shared document is plain JSON: what is stored compares equal once undefined fields are dropped.
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    const result = await target.apply(incoming);
    expect([...result.changed].sort()).toEqual(['calendar', 'inbox', 'template']);
    expect(plain(await to.getAll('inbox'))).toEqual(plain(fixture.stores.inbox));
    expect(plain(await to.getAll('posts'))).toEqual(plain(fixture.stores.posts));
    const received = await readTemplates();
    expect(received.map((template) => template.id).sort()).toEqual(teamTemplates.map((template) => template.id).sort());
    for (const template of received) {
      const original = teamTemplates.find((candidate) => candidate.id === template.id);
      expect({ ...template, useCount: 0, lastUsedAt: null }).toEqual({ ...original, useCount: 0, lastUsedAt: null });
    }
    from.close();
    to.close();
  });

  it('the same post captured on two devices before they met becomes one item', async () => {
    const to = await openCompanionDb('team-to');
    const mine = { ...fixture.stores.inbox[0], id: 'mine' };
    await to.put('inbox', mine);
    const theirs = { ...fixture.stores.inbox[0], id: 'theirs', notes: 'Tom: called them' };
    const result = await localStores(async () => to).apply([{ kind: 'inbox', sharedId: mine.key, record: theirs }]);
    expect(result.inboxRemoved).toEqual(['mine']);
    expect((await to.getAll('inbox')).map((item) => item.id)).toEqual(['theirs']);
    to.close();
  });
});

describe('the brand and client accounts registry and its rules are the team’s; personal accounts never', () => {
  const brand: RegisteredAccount = {
    id: 'a-brand',
    network: 'x',
    handle: '@acme',
    displayName: 'Acme',
    role: 'brand',
    label: 'Support',
    colour: '#1a7f37',
    brandKeywords: ['acme', '#AcmeLaunch'],
    neverWords: ['refund guaranteed'],
    alwaysConfirm: true,
    hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Europe/Paris' },
  };
  const client: RegisteredAccount = {
    ...brand,
    id: 'a-client',
    network: 'linkedin',
    handle: 'client-co',
    role: 'client',
    hours: undefined,
  };
  const personal: RegisteredAccount = {
    ...brand,
    id: 'a-me',
    handle: '@lea_perso',
    role: 'personal',
    hours: undefined,
  };

  it('goes up without the personal account, and comes back with every rule into another profile', async () => {
    await writeAccounts([brand, client, personal]);
    const stores = localStores(async () => openCompanionDb('team-from'));
    const shared = await stores.all('account');
    expect(shared.map((account) => account.id)).toEqual(['a-brand', 'a-client']);
    expect(await stores.read('account', ['a-me', 'a-brand'])).toEqual([
      { sharedId: 'a-me', record: null },
      { sharedId: 'a-brand', record: expect.objectContaining({ neverWords: ['refund guaranteed'] }) },
    ]);
    const docs = shared.map((record) => toDoc('account', record, null, T0, 'lea') as SharedDoc);

    // Tom's computer: his own personal account, and the brand registered by him before they met.
    await writeAccounts([
      { ...personal, id: 't-me', handle: '@tom' },
      { ...brand, id: 't-brand', handle: 'ACME', brandKeywords: [] },
    ]);
    const result = await stores.apply(
      docs.map((doc) => ({ kind: 'account' as const, sharedId: doc.record.id, record: doc.record })),
    );
    expect([...result.changed]).toEqual(['account']);
    const received = await readAccounts();
    expect(received.map((account) => account.id)).toEqual(['t-me', 'a-brand', 'a-client']);
    expect(received.find((account) => account.id === 'a-brand')).toEqual(brand);
  });

  it('a personal account is never taken from the team, nor replaced or removed by it', () => {
    const mine: RegisteredAccount = { ...personal, handle: '@acme' };
    const next = applyAccounts(
      [mine],
      [
        { kind: 'account', sharedId: 'a-brand', record: { ...brand } },
        { kind: 'account', sharedId: 'x-perso', record: { ...personal, id: 'x-perso', handle: '@tom' } },
        { kind: 'account', sharedId: 'a-me', record: null },
      ],
    );
    expect(next).toEqual([mine]);
    const withBrand = applyAccounts(
      [brand as RegisteredAccount],
      [{ kind: 'account', sharedId: 'a-brand', record: null }],
    );
    expect(withBrand).toEqual([]);
  });
});

describe('the reply flow marks an item answered for everyone', () => {
  it('an item named by its post (network:postId), as the reply flow names it, goes to the team too', async () => {
    const db = await openCompanionDb('team-to');
    const item = { ...fixture.stores.inbox[0], id: 'local-id', status: 'answered' };
    await db.put('inbox', item);
    const stores = localStores(async () => db);
    expect(await stores.read('inbox', [item.key])).toEqual([{ sharedId: item.key, record: item }]);
    expect(await stores.read('inbox', ['local-id'])).toEqual([{ sharedId: item.key, record: item }]);
    db.close();
  });
});

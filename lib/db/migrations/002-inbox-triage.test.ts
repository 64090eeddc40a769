import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openCompanionDb } from '@/lib/db/open';
import type { InboxItem } from '@/lib/inbox/item';

const NAME = 'migration-002-test';

afterEach(() => deleteDB(NAME));

/** An item as release 1 stored it: no sentiment, assignee or answer time. */
function v1Item(id: string, tags: string[]): InboxItem {
  return {
    id,
    key: `x:${id}`,
    network: 'x',
    postId: id,
    permalink: `https://x.com/a/status/${id}`,
    authorName: 'A',
    authorHandle: '@a',
    authorUrl: '',
    text: 'Bonjour',
    pageUrl: 'https://x.com/home',
    kind: 'post',
    capturedAt: 1,
    updatedAt: 1,
    status: 'new',
    tags,
  };
}

describe('migration 002 (inbox triage indexes)', () => {
  it('adds the triage indexes and keeps the items stored by version 1', async () => {
    const v1 = await openCompanionDb(NAME, 1);
    await v1.put('inbox', v1Item('1', ['livraison', 'urgent']));
    await v1.put('inbox', v1Item('2', []));
    v1.close();

    // Version 2's indexes, which version 3 drops: the schema's type no longer names them.
    const db = (await openCompanionDb(NAME, 2)) as unknown as IDBPDatabase;
    const store = db.transaction('inbox').store;
    expect([...store.indexNames].sort()).toEqual([
      'byAnsweredAt',
      'byAssignee',
      'byCapturedAt',
      'byKey',
      'byNetwork',
      'byPermalink',
      'bySentiment',
      'byStatus',
      'byTag',
    ]);
    expect(store.index('byTag').multiEntry).toBe(true);
    expect(await db.count('inbox')).toBe(2);
    // The old items are indexed by tag at once; items without an assignee are simply absent.
    expect((await db.getAllFromIndex('inbox', 'byTag', 'urgent')).map((item) => item.id)).toEqual(['1']);
    expect(await db.countFromIndex('inbox', 'byAssignee')).toBe(0);
    await db.put('inbox', { ...v1Item('3', []), assignee: 'Léa', sentiment: 'question', answeredAt: 5 });
    expect(await db.countFromIndex('inbox', 'byAssignee', 'Léa')).toBe(1);
    expect(await db.countFromIndex('inbox', 'bySentiment', 'question')).toBe(1);
    expect(await db.countFromIndex('inbox', 'byAnsweredAt', IDBKeyRange.lowerBound(0))).toBe(1);
    db.close();
  });
});

import { readFileSync } from 'node:fs';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { queryInboxItems } from '@/lib/db/inbox-query';
import { countWithStatus } from '@/lib/db/inbox-repo';
import { DROPPED_INBOX_INDEXES } from '@/lib/db/migrations/003-drop-replaced-indexes';
import { openCompanionDb } from '@/lib/db/open';
import { InboxIndex } from '@/lib/inbox/inbox-index';
import type { InboxItem } from '@/lib/inbox/item';
import { applyQuery, type InboxQuery } from '@/lib/inbox/query';
import { makeItem } from '@/lib/inbox/test-items';

const NAME = 'migration-003-test';

afterEach(() => deleteDB(NAME));

/** Items as version 2 stored them, with every triage field the dropped indexes covered. */
const v2Items: InboxItem[] = [
  ...JSON.parse(readFileSync('tests/fixtures/migrations/idb-v2.json', 'utf8')).stores.inbox,
  ...Array.from({ length: 40 }, (_, index) =>
    makeItem(index, {
      sentiment: (['positive', 'question', 'complaint'] as const)[index % 3],
      assignee: index % 4 === 0 ? 'Léa' : undefined,
      ...(index % 5 === 0 ? { answeredAt: 1_000 + index, status: 'answered' as const } : {}),
    }),
  ),
];

const byId = (items: readonly InboxItem[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('migration 003 (drops the inbox indexes the in-memory index replaced)', () => {
  it('keeps every item stored by version 2, still found by every filter, dedup key and status count', async () => {
    const v2 = await openCompanionDb(NAME, 2);
    for (const item of v2Items) await v2.put('inbox', item);
    const newBefore = await countWithStatus(v2, 'new');
    v2.close();

    const db = await openCompanionDb(NAME, 3);
    const store = db.transaction('inbox').store;
    expect([...store.indexNames].sort()).toEqual(['byCapturedAt', 'byKey', 'byPermalink', 'byStatus']);
    for (const name of DROPPED_INBOX_INDEXES) expect(store.indexNames.contains(name as never)).toBe(false);

    // Every record, whole.
    expect(byId(await db.getAll('inbox'))).toEqual(byId(v2Items));
    // The indexes kept still answer: dedup by key and permalink, status count, capture order.
    for (const item of v2Items) {
      expect((await db.getFromIndex('inbox', 'byKey', item.key))?.id).toBe(item.id);
      expect((await db.getFromIndex('inbox', 'byPermalink', item.permalink))?.id).toBe(item.id);
    }
    expect(await countWithStatus(db, 'new')).toBe(newBefore);
    expect(await db.countFromIndex('inbox', 'byCapturedAt')).toBe(v2Items.length);

    // The filters the dropped indexes served: the store's reader (CSV export) and the side
    // panel's in-memory index both find exactly what the plain filter finds.
    const index = new InboxIndex(await db.getAll('inbox'));
    const queries: InboxQuery[] = [
      { tag: 'livraison' },
      { tag: 'urgent', sort: 'oldest' },
      { assignee: 'Léa' },
      { assignee: '' },
      { sentiment: 'question', network: 'x' },
      { network: 'linkedin', sort: 'author' },
      { statuses: ['answered'], sort: 'status' },
    ];
    for (const query of queries) {
      const expected = applyQuery(v2Items, query).map((item) => item.id);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect((await queryInboxItems(db, query)).map((item) => item.id)).toEqual(expected);
      expect(index.ids(query)).toEqual(expected);
    }
    db.close();
  });
});

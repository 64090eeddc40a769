import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCapturedSince, countWithStatus, listInbox, upsertCapture } from '@/lib/db/inbox-repo';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import type { InboxCapture } from '@/lib/inbox/item';

const NAME = 'inbox-repo-test';
let db: IDBPDatabase<CompanionDB>;
let ids = 0;
const newId = () => `id-${++ids}`;

const capture = (over: Partial<InboxCapture> = {}): InboxCapture => ({
  network: 'x',
  postId: '1850000000000000001',
  permalink: 'https://x.com/marie/status/1850000000000000001',
  authorName: 'Marie Dupont',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text: 'Quand arrive ma commande ? 📦',
  pageUrl: 'https://x.com/home',
  kind: 'post',
  ...over,
});

beforeEach(async () => {
  db = await openCompanionDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('upsertCapture', () => {
  it('stores a new capture with status new and one audit event', async () => {
    const { item, created } = await upsertCapture(db, capture(), 1000, newId);
    expect(created).toBe(true);
    expect(item).toMatchObject({ status: 'new', key: 'x:1850000000000000001', capturedAt: 1000, tags: [] });
    expect(await db.count('inbox')).toBe(1);
    expect(await db.getAll('events')).toEqual([
      expect.objectContaining({ type: 'capture', network: 'x', data: { itemId: item.id } }),
    ]);
  });

  it('refreshes the same post instead of adding a duplicate, keeping the triage', async () => {
    const first = await upsertCapture(db, capture(), 1000, newId);
    await db.put('inbox', { ...first.item, status: 'to-answer', tags: ['livraison'] });
    const again = await upsertCapture(db, capture({ text: 'edited text' }), 2000, newId);
    expect(again.created).toBe(false);
    expect(again.item).toMatchObject({
      id: first.item.id,
      text: 'edited text',
      status: 'to-answer',
      tags: ['livraison'],
      capturedAt: 1000,
      updatedAt: 2000,
    });
    expect(await db.count('inbox')).toBe(1);
    expect(await db.count('events')).toBe(1);
  });

  it('recognises the same post by permalink when the id differs', async () => {
    await upsertCapture(db, capture(), 1000, newId);
    const again = await upsertCapture(db, capture({ postId: 'other-id' }), 2000, newId);
    expect(again.created).toBe(false);
    expect(await db.count('inbox')).toBe(1);
  });

  it('keeps the click time of a capture written late (worker restarted), never a future one', async () => {
    const late = await upsertCapture(db, capture({ capturedAt: 900 }), 1000, newId);
    expect(late.item.capturedAt).toBe(900);
    const again = await upsertCapture(db, capture({ capturedAt: 1500 }), 2000, newId);
    expect(again.item).toMatchObject({ capturedAt: 900, updatedAt: 2000 });
    const future = await upsertCapture(
      db,
      capture({ postId: 'f', permalink: 'https://x.com/f/status/9', capturedAt: 9999 }),
      3000,
      newId,
    );
    expect(future.item.capturedAt).toBe(3000);
  });
});

describe('queries', () => {
  it('lists the newest first and counts by day and status', async () => {
    await upsertCapture(db, capture({ postId: 'a', permalink: 'https://x.com/a/status/1' }), 1000, newId);
    await upsertCapture(db, capture({ postId: 'b', permalink: 'https://x.com/b/status/2' }), 3000, newId);
    await upsertCapture(db, capture({ postId: 'c', permalink: 'https://x.com/c/status/3' }), 2000, newId);
    expect((await listInbox(db, 2)).map((item) => item.postId)).toEqual(['b', 'c']);
    expect(await countCapturedSince(db, 2000)).toBe(2);
    expect(await countWithStatus(db, 'new')).toBe(3);
    expect(await countWithStatus(db, 'archived')).toBe(0);
  });
});

import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markAnswered, patchChanged, patchItem, recordReplyStep, updateInboxItems } from '@/lib/db/inbox-triage';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import { makeItem } from '@/lib/inbox/test-items';

const NAME = 'inbox-triage-test';
let db: IDBPDatabase<CompanionDB>;

beforeEach(async () => {
  db = await openCompanionDb(NAME);
  await db.put('inbox', makeItem(1, { status: 'new', capturedAt: 1_000, tags: ['a'] }));
  await db.put('inbox', makeItem(2, { status: 'new', capturedAt: 2_000 }));
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('inbox triage', () => {
  it('patches tags, assignee, notes and a user sentiment', () => {
    const item = makeItem(1, { tags: ['a'], sentiment: 'neutral', sentimentSource: 'suggested' });
    const next = patchItem(item, { addTags: [' b ', 'a'], assignee: ' Léa ', notes: 'n', sentiment: 'complaint' }, 5);
    expect(next).toMatchObject({
      tags: ['a', 'b'],
      assignee: 'Léa',
      notes: 'n',
      sentiment: 'complaint',
      sentimentSource: 'user',
      updatedAt: 5,
    });
    expect(patchItem(next, { assignee: '', removeTags: ['a'] }, 6)).not.toHaveProperty('assignee');
    // "Add to report" and back.
    expect(patchItem(next, { inReport: true }, 7).inReport).toBe(true);
    expect(patchItem({ ...next, inReport: true }, { inReport: false }, 8)).not.toHaveProperty('inReport');
    expect(patchItem(next, { removeTags: ['a'] }, 6).tags).toEqual(['b']);
  });

  it('bulk-updates several items and records a reply event when answered', async () => {
    const ids = (await db.getAll('inbox')).map((item) => item.id);
    expect(await updateInboxItems(db, [...ids, 'missing'], { status: 'answered' }, 61_000)).toBe(2);
    const items = await db.getAll('inbox');
    expect(items.map((item) => [item.status, item.answeredAt])).toEqual([
      ['answered', 61_000],
      ['answered', 61_000],
    ]);
    const events = await db.getAll('events');
    expect(events.map((event) => [event.type, event.data.responseMs])).toEqual([
      ['reply', 60_000],
      ['reply', 59_000],
    ]);
    // Reopening clears the answer; archiving keeps it.
    await updateInboxItems(db, [ids[0] ?? ''], { status: 'to-answer' }, 70_000);
    await updateInboxItems(db, [ids[1] ?? ''], { status: 'archived' }, 70_000);
    expect((await db.get('inbox', ids[0] ?? ''))?.answeredAt).toBeUndefined();
    expect((await db.get('inbox', ids[1] ?? ''))?.answeredAt).toBe(61_000);
  });

  it('leaves the items a bulk change would not change as they were', async () => {
    const [first, second] = (await db.getAll('inbox')).map((item) => item.id);
    await updateInboxItems(db, [first ?? ''], { status: 'archived' }, 50_000);
    expect(await updateInboxItems(db, [first ?? '', second ?? ''], { status: 'archived' }, 60_000)).toBe(1);
    expect((await db.get('inbox', first ?? ''))?.updatedAt).toBe(50_000);
    expect((await db.get('inbox', second ?? ''))?.updatedAt).toBe(60_000);
    // The tag already there, the assignee already set: no edit.
    expect(await updateInboxItems(db, [first ?? ''], { addTags: ['a'] }, 70_000)).toBe(0);
    expect(await updateInboxItems(db, [first ?? ''], { assignee: 'Léa' }, 70_000)).toBe(1);
    expect(await updateInboxItems(db, [first ?? ''], { assignee: ' Léa ' }, 80_000)).toBe(0);
    expect((await db.get('inbox', first ?? ''))?.updatedAt).toBe(70_000);
  });

  it('tells an edit from a patch that sets what is there', () => {
    const item = makeItem(1, { tags: ['a', 'b'], sentiment: 'complaint', sentimentSource: 'suggested' });
    expect(patchChanged(item, patchItem(item, { tags: ['a', 'b'], notes: undefined }, 9))).toBe(false);
    expect(patchChanged(item, patchItem(item, { tags: ['b', 'a'] }, 9))).toBe(true);
    expect(patchChanged(item, patchItem(item, { removeTags: ['c'] }, 9))).toBe(false);
    expect(patchChanged(item, patchItem(item, { removeTags: ['b'] }, 9))).toBe(true);
    // The user confirms the lexicon's guess: it becomes theirs, so it is an edit.
    expect(patchChanged(item, patchItem(item, { sentiment: 'complaint' }, 9))).toBe(true);
    expect(patchChanged(item, patchItem(item, { inReport: false }, 9))).toBe(false);
    expect(patchChanged(item, patchItem(item, { inReport: true }, 9))).toBe(true);
  });

  it('marks answered once, with the response time', async () => {
    const id = makeItem(1).id;
    expect(await markAnswered(db, id, 91_000, 'panel')).toEqual({ responseMs: 90_000, already: false });
    expect(await markAnswered(db, id, 99_000, 'page')).toEqual({ responseMs: 90_000, already: true });
    expect(await db.count('events')).toBe(1);
    expect(await markAnswered(db, 'missing', 1, 'panel')).toBeNull();
    // The page knows the post's key, not our id.
    const other = makeItem(2);
    expect(await markAnswered(db, other.key, 32_000, 'page')).toEqual({ responseMs: 30_000, already: false });
  });

  it('records a started reply and a move to private, with events', async () => {
    const id = makeItem(2).id;
    expect(await recordReplyStep(db, id, 'reply-start', 3_000)).toMatchObject({
      status: 'to-answer',
      replyStartedAt: 3_000,
    });
    expect(await recordReplyStep(db, id, 'private', 4_000)).toMatchObject({ movedToPrivateAt: 4_000 });
    expect((await db.getAll('events')).map((event) => event.type)).toEqual(['reply-start', 'private']);
  });
});

import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { inboxHandlers } from '@/lib/background/handlers/inbox';
import { openCompanionDb } from '@/lib/db/open';
import type { HandlerContext } from '@/lib/messaging/handle';

const NAME = 'inbox-handlers-test';
const context: HandlerContext = { sender: 'page', tabId: null, windowId: null };
let db: ReturnType<typeof openCompanionDb> | undefined;
let clock = 1_700_000_000_000;
let ids = 0;

function handlers() {
  return inboxHandlers({
    db: () => (db ??= openCompanionDb(NAME)),
    now: () => clock,
    newId: () => `id-${String(++ids).padStart(3, '0')}`,
    openSidePanel: async () => undefined,
  });
}

const capture = (index: number, text: string) => ({
  network: 'x' as const,
  postId: String(index),
  permalink: `https://x.com/a/status/${index}`,
  authorName: `Author ${index}`,
  authorHandle: '@a',
  authorUrl: '',
  text,
  pageUrl: 'https://x.com/home',
  kind: 'post' as const,
});

afterEach(async () => {
  (await db)?.close();
  db = undefined;
  await deleteDB(NAME);
});

describe('inbox handlers', () => {
  it('captures with a suggested sentiment, windows the query, and sees every change', async () => {
    const inbox = handlers();
    for (let index = 0; index < 12; index++) {
      clock += 1000;
      await inbox.captureToInbox(
        capture(index, index % 2 ? 'Merci, super !' : 'Toujours pas livré, remboursement ?'),
        context,
      );
    }
    const first = await inbox.queryInbox(
      { query: { statuses: ['new'], sort: 'newest' }, offset: 0, limit: 5 },
      context,
    );
    // The worker just started: the first window comes before the count, and says so.
    expect(first).toMatchObject({ total: 5, counted: false });
    expect(first.items.map((item) => item.postId)).toEqual(['11', '10', '9', '8', '7']);
    const counted = await inbox.queryInbox(
      { query: { statuses: ['new'], sort: 'newest' }, offset: 0, limit: 5 },
      context,
    );
    expect(counted.total).toBe(12);
    expect(counted.counted).toBeUndefined();
    expect(counted.items).toEqual(first.items);
    expect(first.items[0]).toMatchObject({ sentiment: 'positive', sentimentSource: 'suggested' });
    expect(first.items[1]).toMatchObject({ sentiment: 'complaint' });
    const second = await inbox.queryInbox(
      { query: { statuses: ['new'], sort: 'newest' }, offset: 5, limit: 5 },
      context,
    );
    expect(second.items.map((item) => item.postId)).toEqual(['6', '5', '4', '3', '2']);

    // A change bumps the revision: the cached ids of the same query are not reused.
    await inbox.updateInboxItems({ ids: [first.items[0]?.id], patch: { status: 'archived' } }, context);
    const after = await inbox.queryInbox(
      { query: { statuses: ['new'], sort: 'newest' }, offset: 5, limit: 5 },
      context,
    );
    expect(after.total).toBe(11);
    expect(after.items.map((item) => item.postId)).toEqual(['5', '4', '3', '2', '1']);

    const complaints = await inbox.queryInboxIds({ query: { sentiment: 'complaint', sort: 'newest' } }, context);
    expect(complaints.ids).toHaveLength(6);
    const csv = await inbox.exportInboxCsv({ query: { sentiment: 'positive', sort: 'newest' } }, context);
    expect(csv.count).toBe(6);
    expect(csv.fileName).toMatch(/^inbox-\d{4}-\d{2}-\d{2}\.csv$/);
    const map = await inbox.inboxOpinionMap({ from: 0, to: clock + 1, limit: 5 }, context);
    expect(map.total).toBe(12);
  });

  it('marks answered with the response time, once', async () => {
    const inbox = handlers();
    const { id } = await inbox.captureToInbox(capture(1, 'Bonjour ?'), context);
    clock += 5 * 60_000;
    expect(await inbox.markInboxAnswered({ id, via: 'panel' }, context)).toEqual({
      responseMs: 300_000,
      already: false,
    });
    expect((await inbox.markInboxAnswered({ id, via: 'page' }, context)).already).toBe(true);
    await expect(inbox.markInboxAnswered({ id: 'missing', via: 'panel' }, context)).rejects.toThrow('missing');
  });

  it('a page marks answered only the posts of its own network (least privilege)', async () => {
    const inbox = handlers();
    const { id } = await inbox.captureToInbox(capture(7, 'Question ?'), context);
    const page = (network: 'x' | 'linkedin'): HandlerContext => ({ sender: 'content', tabId: 3, windowId: 1, network });
    await expect(inbox.markInboxAnswered({ id: 'x:7', via: 'page' }, page('linkedin'))).rejects.toThrow(
      'no inbox item',
    );
    expect((await inbox.getInboxItems({ ids: [id] }, context)).items[0]?.status).toBe('new');
    expect((await inbox.markInboxAnswered({ id: 'x:7', via: 'page' }, page('x'))).already).toBe(false);
  });
});

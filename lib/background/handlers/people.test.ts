import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inboxHandlers } from '@/lib/background/handlers/inbox';
import { peopleHandlers } from '@/lib/background/handlers/people';
import { openCompanionDb } from '@/lib/db/open';
import type { HandlerContext } from '@/lib/messaging/handle';
import type { Person } from '@/lib/people/aggregate';

const NAME = 'people-handlers-test';
const context: HandlerContext = { sender: 'page', tabId: null, windowId: null };
let db: ReturnType<typeof openCompanionDb> | undefined;
let clock = 1_700_000_000_000;
let ids = 0;

const deps = () => ({
  db: () => (db ??= openCompanionDb(NAME)),
  now: () => clock,
  newId: () => `id-${String(++ids).padStart(3, '0')}`,
  openSidePanel: async () => undefined,
});

const capture = (index: number, network: 'x' | 'linkedin', handle: string) => ({
  network,
  postId: String(index),
  permalink: `https://${network === 'x' ? 'x.com' : 'www.linkedin.com'}/p/${index}`,
  authorName: handle.toUpperCase(),
  authorHandle: handle,
  authorUrl: '',
  text: `message ${index}`,
  pageUrl: 'https://x.com/home',
  kind: 'post' as const,
});

afterEach(async () => {
  (await db)?.close();
  db = undefined;
  await deleteDB(NAME);
  fakeBrowser.reset();
});

describe('people handlers', () => {
  it('aggregates captures, stores tags, ranks a VIP’s mentions first, links and adds to the report', async () => {
    const inbox = inboxHandlers(deps());
    const people = peopleHandlers(deps());
    for (const [index, network, handle] of [
      [1, 'x', '@vip'],
      [2, 'x', '@other'],
      [3, 'linkedin', 'vip-pro'],
      [4, 'x', '@other'],
    ] as const) {
      clock += 1000;
      await inbox.captureToInbox(capture(index, network, handle), context);
    }
    const listed = (await people.listPeople({}, context)).people as Person[];
    expect(listed.map((person) => [person.id, person.captures])).toEqual([
      ['x:other', 2],
      ['linkedin:vip-pro', 1],
      ['x:vip', 1],
    ]);
    const newestFirst = await inbox.queryInbox({ query: { sort: 'newest' }, offset: 0, limit: 10 }, context);
    expect(newestFirst.items.map((item) => item.postId)).toEqual(['4', '3', '2', '1']);

    await people.updatePerson({ handles: [{ network: 'x', handle: 'VIP' }], patch: { tags: ['vip'] } }, context);
    const ranked = await inbox.queryInbox({ query: { sort: 'newest' }, offset: 0, limit: 10 }, context);
    expect(ranked.items.map((item) => item.postId)).toEqual(['1', '4', '3', '2']);

    await people.linkPeople(
      { first: [{ network: 'x', handle: 'vip' }], second: [{ network: 'linkedin', handle: 'vip-pro' }] },
      context,
    );
    const linked = (await people.listPeople({}, context)).people as Person[];
    expect(linked[0]).toMatchObject({ captures: 2, tags: ['vip'], highlighted: true });
    const again = await inbox.queryInbox({ query: { sort: 'newest' }, offset: 0, limit: 10 }, context);
    expect(again.items.map((item) => item.postId)).toEqual(['3', '1', '4', '2']);

    const handles = linked[0]?.handles.map(({ network, handle }) => ({ network, handle })) ?? [];
    expect((await people.personItems({ handles, limit: 200 }, context)).items.map((item) => item.postId)).toEqual([
      '3',
      '1',
    ]);
    expect(await people.addPersonToReport({ handles }, context)).toEqual({ changed: 2 });
    const picked = await inbox.queryInbox({ query: { sort: 'newest' }, offset: 0, limit: 10 }, context);
    expect(picked.items.filter((item) => item.inReport).map((item) => item.postId)).toEqual(['3', '1']);
  });
});

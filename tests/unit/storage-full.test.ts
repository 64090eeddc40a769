// @vitest-environment happy-dom
/**
 * Guarantee: when the browser refuses a write for lack of space, the user is told clearly, the
 * capture stays queued in the page and is saved once there is room, and nothing already stored
 * is damaged.
 */
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { refusingWrites } from '@/lib/background/storage-full-hook';
import { browser } from '@/lib/browser';
import { createCaptureFlow, STORAGE_FULL_RETRY_MS } from '@/lib/content/features/capture/capture-flow';
import type { CaptureOverlay } from '@/lib/content/features/capture/overlay';
import type { SiteContext } from '@/lib/content/site-context';
import { openCompanionDb } from '@/lib/db/open';
import { handleMessage } from '@/lib/messaging/handle';
import type { ScrapedPost } from '@/lib/sites/types';

// The page's texts by their keys (the catalogs load through the background in a real page).
vi.mock('@/lib/content/ui/texts', () => ({ tr: (key: string) => key }));

const NAME = 'storage-full-test';
afterEach(async () => {
  vi.restoreAllMocks();
  await deleteDB(NAME);
});

const capture = (postId: string) => ({
  network: 'x' as const,
  postId,
  permalink: `https://x.com/marie/status/${postId}`,
  authorName: 'Marie',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text: `Post ${postId}`,
  pageUrl: 'https://x.com/home',
});

describe('storage full', () => {
  it('the background says "storage full" and nothing already stored is damaged', async () => {
    const db = await openCompanionDb(NAME);
    const deps = { now: () => 1_000, newId: () => crypto.randomUUID(), openSidePanel: async () => undefined };
    const ok = createHandlers({ ...deps, db: async () => db });
    await ok.captureToInbox(
      { ...capture('1'), kind: 'post' },
      { sender: 'content', tabId: 1, windowId: 1, network: 'x' },
    );
    const before = await db.getAll('inbox');

    const refusing = createHandlers({ ...deps, db: async () => refusingWrites(db) });
    const context = { sender: 'content' as const, tabId: 1, windowId: 1, network: 'x' as const };
    const reply = await handleMessage(refusing, { type: 'captureToInbox', data: capture('2') }, context);
    expect(reply).toEqual({ ok: false, error: 'captureToInbox failed: storage full' });
    const edit = await handleMessage(
      refusing,
      { type: 'captureToInbox', data: { ...capture('1'), text: 'changed' } },
      context,
    );
    expect(edit).toMatchObject({ ok: false });
    // A bulk triage: refused whole, and the in-memory index that followed it while it was being
    // committed forgets it (the lists show what is stored).
    const page = { sender: 'page' as const, tabId: null, windowId: null };
    const id = before[0]?.id ?? '';
    expect(
      await handleMessage(refusing, { type: 'queryInboxIds', data: { query: { statuses: ['new'] } } }, page),
    ).toEqual({
      ok: true,
      result: { ids: [id] },
    });
    const bulk = await handleMessage(
      refusing,
      { type: 'updateInboxItems', data: { ids: [id], patch: { status: 'archived' } } },
      page,
    );
    expect(bulk).toEqual({ ok: false, error: 'updateInboxItems failed: storage full' });
    expect(
      await handleMessage(refusing, { type: 'queryInboxIds', data: { query: { statuses: ['archived'] } } }, page),
    ).toEqual({
      ok: true,
      result: { ids: [] },
    });
    expect(await db.getAll('inbox')).toEqual(before);
    expect(await db.count('events')).toBe(1);
    db.close();
  });

  it('the page keeps the capture queued, says so, and saves it once there is room', async () => {
    const timers: (() => void)[] = [];
    const ctx = {
      signal: new AbortController().signal,
      setTimeout: (run: () => void, ms: number) => {
        expect(ms).toBe(STORAGE_FULL_RETRY_MS);
        timers.push(run);
        return 0;
      },
    };
    const site = {
      ctx,
      script: { ctx },
      account: () => ({ account: null, reason: 'test' }),
    } as unknown as SiteContext;
    const toasts: [string, string | undefined][] = [];
    const overlay = {
      toast: (text: () => string, _tone?: string, detail?: { state?: string }) => toasts.push([text(), detail?.state]),
    };
    let room = false;
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return room
        ? { ok: true, result: { id: 'item-2', created: true } }
        : { ok: false, error: 'captureToInbox failed: storage full' };
    });
    const flow = createCaptureFlow(site, overlay as unknown as CaptureOverlay, () => undefined);
    const post: ScrapedPost = { ...capture('2'), id: '2', kind: 'post', element: document.createElement('article') };

    expect(await flow.capture(post, 'control')).toBe(false);
    expect(toasts.at(-1)?.[1]).toBe('queued');
    expect(toasts.at(-1)?.[0]).toBe('captureToastStorageFull');
    expect(flow.isCaptured(post)).toBe(true);
    expect(sent).toHaveLength(1);

    // Still full at the first retry: kept, tried again later.
    timers.shift()?.();
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    expect(sent).toHaveLength(2);
    room = true;
    timers.shift()?.();
    await vi.waitFor(() => expect(toasts.at(-1)).toEqual(['captureToastStorageSaved', 'done']));
    expect(sent).toHaveLength(3);
    expect(sent.at(-1)).toMatchObject({ type: 'captureToInbox', data: { postId: '2' } });
    expect(timers).toHaveLength(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { type HandlerContext, type Handlers, handleMessage } from '@/lib/messaging/handle';

const context = (sender: HandlerContext['sender']): HandlerContext => ({
  sender,
  tabId: 7,
  windowId: 1,
  network: sender === 'content' ? 'x' : null,
});

/** Only the handlers these tests reach; handleMessage looks a handler up by the message type. */
function handlers(): Handlers {
  const some: Partial<Handlers> = {
    pageHello: vi.fn(async (_data, ctx) => ({ tabId: ctx.tabId })),
    captureToInbox: vi.fn(async () => ({ id: 'item-1', created: true })),
    listInbox: vi.fn(async () => ({ items: [] })),
    todayStats: vi.fn(async () => ({ capturedToday: 1, newItems: 2, scheduledToday: 3 })),
  };
  return some as Handlers;
}

const capture = {
  network: 'x',
  postId: '1',
  permalink: 'https://x.com/marie/status/1',
  authorName: 'Marie',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text: 'Bonjour',
  pageUrl: 'https://x.com/home',
};

describe('handleMessage', () => {
  it('runs the handler with the validated data and returns its result', async () => {
    const all = handlers();
    const reply = await handleMessage(all, { type: 'captureToInbox', data: capture }, context('content'));
    expect(reply).toEqual({ ok: true, result: { id: 'item-1', created: true } });
    expect(all.captureToInbox).toHaveBeenCalledWith({ ...capture, kind: 'post' }, context('content'));
  });

  it('refuses unknown types and non-objects', async () => {
    expect(await handleMessage(handlers(), { type: 'dropDatabase', data: {} }, context('page'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown message type'),
    });
    expect(await handleMessage(handlers(), 'hello', context('page'))).toMatchObject({ ok: false });
  });

  it('refuses a message from a context it is not meant for', async () => {
    const all = handlers();
    const reply = await handleMessage(all, { type: 'listInbox', data: { limit: 5 } }, context('content'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from a content') });
    expect(all.listInbox).not.toHaveBeenCalled();
  });

  it('names the first invalid field and does not run the handler', async () => {
    const all = handlers();
    const reply = await handleMessage(
      all,
      { type: 'captureToInbox', data: { ...capture, permalink: 'javascript:alert(1)' } },
      context('content'),
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('permalink') });
    expect(all.captureToInbox).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const all = handlers();
    all.todayStats = async () => {
      throw new Error('db closed');
    };
    const reply = await handleMessage(all, { type: 'todayStats', data: { dayStart: 0, dayEnd: 1 } }, context('page'));
    expect(reply).toEqual({ ok: false, error: 'todayStats failed: db closed' });
  });

  it('a content script cannot speak for another network than its own page', async () => {
    const all = handlers();
    const linkedinPage: HandlerContext = { sender: 'content', tabId: 7, windowId: 1, network: 'linkedin' };
    const reply = await handleMessage(all, { type: 'captureToInbox', data: capture }, linkedinPage);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining("own page's network") });
    expect(all.captureToInbox).not.toHaveBeenCalled();
  });
});

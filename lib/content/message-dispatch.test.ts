import { describe, expect, it, vi } from 'vitest';
import { asRuntimeListener, createContentDispatcher } from '@/lib/content/message-dispatch';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('the content script’s one dispatcher', () => {
  it('answers a declared message from this extension with the handler’s result', async () => {
    const messages = createContentDispatcher(ID);
    messages.on('captureMenuTarget', () => ({ handled: true }));
    await expect(messages.listener({ type: 'captureMenuTarget', data: {} }, { id: ID })).resolves.toEqual({
      handled: true,
    });
  });

  it('passes the validated data, and stays silent on an invalid shape', async () => {
    const messages = createContentDispatcher(ID);
    const insert = vi.fn(async ({ text }: { text: string }) => ({ ok: true, detail: text, copiedToClipboard: false }));
    messages.on('insertSample', insert);
    await messages.listener({ type: 'insertSample', data: { text: 'Bonjour' } }, { id: ID });
    expect(insert).toHaveBeenCalledWith({ text: 'Bonjour' });
    expect(messages.listener({ type: 'insertSample', data: { text: 42 } }, { id: ID })).toBeUndefined();
    expect(messages.listener({ type: 'insertSample', data: { text: 'x'.repeat(5001) } }, { id: ID })).toBeUndefined();
    expect(insert).toHaveBeenCalledTimes(1);
  });

  it('ignores other extensions, other content scripts (a sender with a tab), unknown types and unhandled ones', () => {
    const messages = createContentDispatcher(ID);
    const handler = vi.fn(() => ({ handled: true }));
    messages.on('replyFor', handler);
    expect(messages.listener({ type: 'replyFor', data: {} }, { id: 'other' })).toBeUndefined();
    expect(messages.listener({ type: 'replyFor', data: {} }, { id: ID, tab: { id: 1 } })).toBeUndefined();
    expect(messages.listener({ type: 'dropDatabase', data: {} }, { id: ID })).toBeUndefined();
    expect(messages.listener({ type: 'command', data: { command: 'capture-post' } }, { id: ID })).toBeUndefined();
    expect(messages.listener('replyFor', { id: ID })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('the last handler registered for a type wins (a feature started again on a new page)', async () => {
    const messages = createContentDispatcher(ID);
    messages.on('replyFor', () => ({ handled: false }));
    messages.on('replyFor', () => ({ handled: true }));
    await expect(messages.listener({ type: 'replyFor', data: {} }, { id: ID })).resolves.toEqual({ handled: true });
  });
});

describe('the dispatcher as a runtime.onMessage listener (native API: sendResponse, never a returned promise)', () => {
  it('keeps the channel open and answers through sendResponse; a failed handler answers nothing', async () => {
    const messages = createContentDispatcher(ID);
    messages.on('captureMenuTarget', () => ({ handled: true }));
    messages.on('replyFor', () => {
      throw new Error('no post');
    });
    const listener = asRuntimeListener(messages);
    const answered = new Promise((resolve) => {
      expect(listener({ type: 'captureMenuTarget', data: {} }, { id: ID }, resolve)).toBe(true);
    });
    await expect(answered).resolves.toEqual({ handled: true });
    const failed = new Promise((resolve) => {
      expect(listener({ type: 'replyFor', data: {} }, { id: ID }, resolve)).toBe(true);
    });
    await expect(failed).resolves.toBeUndefined();
    const never = vi.fn();
    expect(listener({ type: 'replyFor', data: {} }, { id: 'other' }, never)).toBe(false);
    expect(never).not.toHaveBeenCalled();
  });
});

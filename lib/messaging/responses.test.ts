import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '@/lib/browser';
import { sendToBackground } from '@/lib/messaging/client';
import { sendToTab } from '@/lib/messaging/content-client';
import { sendToBackground as sendFromContent } from '@/lib/messaging/content-sender';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('responses are validated where they arrive', () => {
  it('a page gets the background’s result once it matches the declared response', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, result: { deleted: true } } as never);
    await expect(sendToBackground('deleteTemplate', { id: 't' })).resolves.toEqual({ deleted: true });
  });

  it('a page refuses an answer that does not match, naming the field', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, result: { deleted: 'yes' } } as never);
    await expect(sendToBackground('deleteTemplate', { id: 't' })).rejects.toThrow(
      /deleteTemplate: unexpected answer at deleted/,
    );
  });

  it('a refusal or no answer throws with the reason', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ ok: false, error: 'sender refused' } as never);
    await expect(sendToBackground('deleteTemplate', { id: 't' })).rejects.toThrow('sender refused');
    send.mockResolvedValueOnce(undefined);
    await expect(sendToBackground('deleteTemplate', { id: 't' })).rejects.toThrow('no answer');
  });

  it('a content script validates with its light schemas too', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ ok: true, result: { id: 'item-1', created: true } } as never);
    await expect(
      sendFromContent('captureToInbox', {
        network: 'x',
        postId: '1',
        permalink: 'https://x.com/a/status/1',
        authorName: 'A',
        authorHandle: '@a',
        authorUrl: 'https://x.com/a',
        text: 'hi',
        pageUrl: 'https://x.com/home',
      }),
    ).resolves.toEqual({ id: 'item-1', created: true });
    send.mockResolvedValueOnce({ ok: true, result: { tabId: 'seven' } } as never);
    await expect(sendFromContent('pageHello', { network: 'x', url: 'https://x.com/home' })).rejects.toThrow(/tabId/);
  });

  it('the background or a page reads a tab’s answer only when it matches; otherwise null', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    send.mockResolvedValueOnce({ handled: true } as never);
    expect(await sendToTab(1, 'replyFor', {})).toEqual({ handled: true });
    send.mockResolvedValueOnce({ handled: 'yes', extra: '<img src=x onerror=alert(1)>' } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await sendToTab(1, 'replyFor', {})).toBeNull();
    send.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    expect(await sendToTab(1, 'replyFor', {})).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { classifySender } from '@/lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const classify = (sender: Parameters<typeof classifySender>[0], mastodon: string[] = []) =>
  classifySender(sender, ID, ORIGIN, async () => mastodon);

describe('classifySender', async () => {
  it('recognises the extension pages', async () => {
    expect(await classify({ id: ID, url: `${ORIGIN}sidepanel.html` })).toBe('page');
  });
  it('reads the Mastodon servers (the settings) only for a sender that is not an extension page', async () => {
    const hosts = vi.fn(async () => ['mastodon.social']);
    expect(await classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN, hosts)).toBe('page');
    expect(hosts).not.toHaveBeenCalled();
    expect(
      await classifySender({ id: ID, url: 'https://mastodon.social/home', tab: { id: 1 } }, ID, ORIGIN, hosts),
    ).toBe('content');
    expect(hosts).toHaveBeenCalledTimes(1);
  });
  it('recognises a content script on a network page', async () => {
    expect(await classify({ id: ID, url: 'https://x.com/home', tab: { id: 3 } })).toBe('content');
    expect(await classify({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } })).toBe('content');
  });
  it('accepts a Mastodon server only once the user added it', async () => {
    const sender = { id: ID, url: 'https://mastodon.social/home', tab: { id: 1 } };
    expect(await classify(sender)).toBeNull();
    expect(await classify(sender, ['mastodon.social'])).toBe('content');
  });
  it('refuses other extensions, unknown hosts and senders without a URL', async () => {
    expect(await classify({ id: 'other', url: `${ORIGIN}popup.html` })).toBeNull();
    expect(await classify({ id: ID, url: 'https://evil.example/', tab: { id: 1 } })).toBeNull();
    expect(await classify({ id: ID })).toBeNull();
    expect(await classify({ id: ID, url: 'http://x.com/home', tab: { id: 1 } })).toBeNull();
  });
});

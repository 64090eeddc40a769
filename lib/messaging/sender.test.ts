import { describe, expect, it } from 'vitest';
import { classifySender } from '@/lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const classify = (sender: Parameters<typeof classifySender>[0], mastodon: string[] = []) =>
  classifySender(sender, ID, ORIGIN, mastodon);

describe('classifySender', () => {
  it('recognises the extension pages', () => {
    expect(classify({ id: ID, url: `${ORIGIN}sidepanel.html` })).toBe('page');
  });
  it('recognises a content script on a network page', () => {
    expect(classify({ id: ID, url: 'https://x.com/home', tab: { id: 3 } })).toBe('content');
    expect(classify({ id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } })).toBe('content');
  });
  it('accepts a Mastodon server only once the user added it', () => {
    const sender = { id: ID, url: 'https://mastodon.social/home', tab: { id: 1 } };
    expect(classify(sender)).toBeNull();
    expect(classify(sender, ['mastodon.social'])).toBe('content');
  });
  it('refuses other extensions, unknown hosts and senders without a URL', () => {
    expect(classify({ id: 'other', url: `${ORIGIN}popup.html` })).toBeNull();
    expect(classify({ id: ID, url: 'https://evil.example/', tab: { id: 1 } })).toBeNull();
    expect(classify({ id: ID })).toBeNull();
    expect(classify({ id: ID, url: 'http://x.com/home', tab: { id: 1 } })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { checkLength, countFor, graphemeCount, limitFor } from '@/lib/text/length';

describe('countFor', () => {
  it('counts X with weights: URLs 23, emoji and CJK 2', () => {
    expect(countFor('x', 'hello')).toBe(5);
    expect(countFor('x', `see https://example.com/${'a'.repeat(60)}`)).toBe(4 + 23);
    expect(countFor('x', '😀')).toBe(2);
    expect(countFor('x', '日本')).toBe(4);
    expect(countFor('x', 'é')).toBe(1);
  });

  it('counts Bluesky in graphemes', () => {
    expect(countFor('bluesky', '👍🏽 ok')).toBe(4);
    expect(countFor('bluesky', '👨‍👩‍👧')).toBe(1);
    expect(graphemeCount('e\u0301')).toBe(1);
  });

  it('counts Mastodon URLs as 23', () => {
    expect(countFor('mastodon', `a https://example.com/${'b'.repeat(50)}`)).toBe(2 + 23);
  });

  it('counts Threads emoji by UTF-8 bytes', () => {
    expect(countFor('threads', 'ok 😀')).toBe(3 + 4);
  });

  it('counts other networks in characters (code points)', () => {
    expect(countFor('linkedin', 'Merci 🙏')).toBe(7);
  });
});

describe('limitFor', () => {
  it('knows each network and box', () => {
    expect(limitFor('x', 'reply')).toBe(280);
    expect(limitFor('x', 'post', { premium: true })).toBe(25_000);
    expect(limitFor('linkedin', 'comment')).toBe(1250);
    expect(limitFor('linkedin', 'post')).toBe(3000);
    expect(limitFor('facebook', 'comment')).toBe(8000);
    expect(limitFor('instagram', 'comment')).toBe(2200);
    expect(limitFor('youtube', 'comment')).toBe(10_000);
    expect(limitFor('youtube', 'post')).toBeNull();
    expect(limitFor('threads', 'reply')).toBe(500);
    expect(limitFor('bluesky', 'reply')).toBe(300);
    expect(limitFor('mastodon', 'reply')).toBe(500);
    expect(limitFor('mastodon', 'post', { serverMaxChars: 5000 })).toBe(5000);
  });

  it('says when a text is over', () => {
    expect(checkLength('x', 'a'.repeat(281), 'reply')).toEqual({ count: 281, limit: 280, remaining: -1, over: true });
    expect(checkLength('youtube', 'a', 'post')).toEqual({ count: 1, limit: null, remaining: null, over: false });
  });
});

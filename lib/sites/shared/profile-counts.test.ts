// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOwnProfile } from '@/lib/growth/own-profile';
import { mayBeOwnProfile } from '@/lib/growth/profile-gate';
import { describedCounts, labelledCount, phraseCount } from '@/lib/sites/shared/profile-counts';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as Element;
}

describe('profile counts as the networks print them', () => {
  it.each([
    ['<span>12.3K followers</span>', 12_300],
    ['<span>1,2 k abonnés</span>', 1_200],
    ['<span>1\u202f234\u00a0abonnés</span>', 1_234],
    ['<span>1.2M followers</span>', 1_200_000],
    ['<span>1,2 M d’abonnés</span>', 1_200_000],
    ['<span>Followers: 1,234</span>', 1_234],
    ['<a title="12,345"><strong>12.3K</strong> <span>Followers</span></a>', 12_345],
    ['<p><faceplate-number number="1234">1,2 k</faceplate-number> abonnés</p>', 1_234],
    ['<span>0 followers</span>', 0],
  ])('%s → %d', (html, expected) => {
    expect(phraseCount(element(html), 'followers')).toBe(expected);
  });

  it.each([['<span>Followers</span>'], ['<span>12 replies</span>'], ['<span>3,4 k abonnés ont aimé ce post</span>']])(
    '%s: no follower count',
    (html) => {
      expect(phraseCount(element(html), 'followers')).toBeNull();
    },
  );

  it('a title that is no number leaves the printed count', () => {
    expect(phraseCount(element('<span title="about">12.3K followers</span>'), 'followers')).toBe(12_300);
  });

  it('not found is null, never zero', () => {
    expect(labelledCount(element('<div><span>Acme</span><span>12 replies</span></div>'), 'followers')).toBeNull();
    expect(labelledCount(null, 'followers')).toBeNull();
  });

  it('the description meta tag counts only when it names the profile', () => {
    document.head.innerHTML =
      '<meta property="og:description" content="12,345 Followers, 56 Following, 78 Posts - See Instagram photos and videos from Acme (@acme)">';
    expect(describedCounts(document, 'acme')).toEqual({ followers: 12_345, following: 56, posts: 78 });
    expect(describedCounts(document, 'lea')).toBeNull();
    document.head.innerHTML = '<meta property="og:description" content="Photos and videos from Acme (@acme)">';
    expect(describedCounts(document, 'acme')).toBeNull();
    document.head.innerHTML = '';
  });
});

describe('isOwnProfile', () => {
  it('same handle, or same id when both have one', () => {
    expect(isOwnProfile('x', { handle: 'Acme' }, { handle: '@acme' })).toBe(true);
    expect(isOwnProfile('facebook', { handle: '615', id: '615' }, { handle: 'acmefrance', id: '615' })).toBe(true);
    expect(isOwnProfile('facebook', { handle: '615', id: '615' }, { handle: 'acmefrance' })).toBe(false);
    expect(isOwnProfile('mastodon', { handle: 'acme@mastodon.example' }, { handle: 'acme@other.example' })).toBe(false);
  });
});

describe('mayBeOwnProfile: the cheap test before any reader loads', () => {
  const url = (href: string) => new URL(href);
  it('lets through an address naming the account by handle, user name or id', () => {
    expect(mayBeOwnProfile(url('https://x.com/Acme'), null, { handle: 'acme' })).toBe(true);
    expect(mayBeOwnProfile(url('https://www.threads.com/@acme'), null, { handle: 'acme' })).toBe(true);
    expect(mayBeOwnProfile(url('https://mastodon.example/@acme'), null, { handle: 'acme@mastodon.example' })).toBe(
      true,
    );
    expect(
      mayBeOwnProfile(url('https://bsky.app/profile/did:plc:acme7'), null, {
        handle: 'acme.bsky.social',
        id: 'did:plc:acme7',
      }),
    ).toBe(true);
    expect(
      mayBeOwnProfile(url('https://www.facebook.com/profile.php?id=615'), null, { handle: '615', id: '615' }),
    ).toBe(true);
    expect(
      mayBeOwnProfile(url('https://www.facebook.com/acmefrance'), 'fb://profile/615', { handle: '615', id: '615' }),
    ).toBe(true);
  });

  it('stops anything else: the feed, another profile, another Page’s app link', () => {
    expect(mayBeOwnProfile(url('https://x.com/home'), null, { handle: 'acme' })).toBe(false);
    expect(mayBeOwnProfile(url('https://x.com/marie_dupont'), null, { handle: 'acme' })).toBe(false);
    expect(
      mayBeOwnProfile(url('https://www.facebook.com/lea.martin'), 'fb://profile/777', { handle: '615', id: '615' }),
    ).toBe(false);
  });
});

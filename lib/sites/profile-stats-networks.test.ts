// @vitest-environment happy-dom
/**
 * Growth: the profile readers of the seven other networks on their profile fixtures
 * (tests/fixtures/<network>/profile/), the signed-in account found on the same page (the content
 * feature records only when both are the same profile), and "not found" as null, never zero.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isOwnProfile } from '@/lib/growth/own-profile';
import { mayBeOwnProfile } from '@/lib/growth/profile-gate';
import { blueskyAdapter } from '@/lib/sites/bluesky';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { mastodonAdapter } from '@/lib/sites/mastodon';
import { PROFILE_READERS } from '@/lib/sites/profile-readers';
import { redditAdapter } from '@/lib/sites/reddit';
import { threadsAdapter } from '@/lib/sites/threads';
import type { PageState, ProfileStats, SiteAdapter } from '@/lib/sites/types';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { loadFixture } from '@/tests/unit/load-fixture';

/** The network's profile reader on the fixture at that address, and whether it is the signed-in account's own profile. */
function read(adapter: SiteAdapter, file: string, url: string, pageState?: PageState) {
  const doc = loadFixture(adapter.network, file, url);
  const stats = PROFILE_READERS[adapter.network](doc);
  const account = adapter.activeAccount(doc, pageState).account;
  const own = stats !== null && account !== null && isOwnProfile(adapter.network, account, stats);
  // The cheap test every page runs before loading the reader lets every own profile through.
  const appLink = doc.querySelector('meta[property="al:android:url"]')?.getAttribute('content');
  if (own && !mayBeOwnProfile(new URL(url), appLink, account))
    throw new Error(`${url}: the cheap test refused an own profile`);
  return { stats, own };
}

const own = (stats: ProfileStats) => ({ stats, own: true });

afterEach(() => window.localStorage.clear());

describe('the profile reader on each network’s profile fixture', () => {
  it('Facebook: a Page acted as, "1 234 abonnés" in its header (not the story’s numbers), its id from the app link', () => {
    expect(read(facebookAdapter, 'profile/acmefrance.fr.html', 'https://www.facebook.com/acmefrance')).toEqual(
      own({ handle: 'acmefrance', followers: 1_234, following: 87, id: '61550000000099' }),
    );
    // The same counts under another address: the meta tags name another profile, no id, not the account's.
    expect(read(facebookAdapter, 'profile/acmefrance.fr.html', 'https://www.facebook.com/lea.martin')).toEqual({
      stats: { handle: 'lea.martin', followers: 1_234, following: 87 },
      own: false,
    });
    expect(read(facebookAdapter, 'feed.html', 'https://www.facebook.com/').stats).toBeNull();
    expect(
      read(facebookAdapter, 'profile/acmefrance.fr.html', 'https://www.facebook.com/acmefrance/posts/pfbid0Acme').stats,
    ).toBeNull();
    // The header not rendered yet: the story's own "2 345 followers" is not the Page's count.
    const loading = loadFixture('facebook', 'profile/acmefrance.fr.html', 'https://www.facebook.com/acmefrance');
    for (const link of loading.querySelectorAll('a[href*="/follow"]')) link.remove();
    expect(PROFILE_READERS.facebook(loading)).toBeNull();
    // A person's timeline that prints no follower count: not found, not zero.
    expect(
      read(facebookAdapter, 'profile.fr.2024.html', 'https://www.facebook.com/profile.php?id=61550000000001').stats,
    ).toBeNull();
  });

  it('Instagram: the exact count of the title over "12.3K"; the description meta tag naming the profile', () => {
    expect(read(instagramAdapter, 'profile/acme.france.html', 'https://www.instagram.com/acme.france/')).toEqual(
      own({ handle: 'acme.france', followers: 12_345, following: 56, posts: 78 }),
    );
    expect(read(instagramAdapter, 'profile/lea.martin.fr.html', 'https://www.instagram.com/lea.martin/')).toEqual({
      stats: { handle: 'lea.martin', followers: 1_234, following: 321, posts: 45 },
      own: false,
    });
    // A description left from another profile (in-app navigation) gives nothing.
    expect(
      read(instagramAdapter, 'profile/lea.martin.fr.html', 'https://www.instagram.com/tom.baker/').stats,
    ).toBeNull();
    expect(read(instagramAdapter, 'feed.html', 'https://www.instagram.com/').stats).toBeNull();
    expect(read(instagramAdapter, 'post.html', 'https://www.instagram.com/p/DGx7kQpNa2B/').stats).toBeNull();
  });

  it('YouTube: "1,2 M d’abonnés" in the channel header naming @acme; another channel’s address gives nothing', () => {
    const ytcfg = { LOGGED_IN: true, DELEGATED_SESSION_ID: '118230000000000000001', CHANNEL_HANDLE: '@acme' };
    expect(read(youtubeAdapter, 'profile/acme.fr.html', 'https://www.youtube.com/@acme', { ytcfg })).toEqual(
      own({ handle: 'acme', followers: 1_200_000, posts: 345 }),
    );
    expect(read(youtubeAdapter, 'profile/acme.fr.html', 'https://www.youtube.com/@acme/videos', { ytcfg }).own).toBe(
      true,
    );
    expect(read(youtubeAdapter, 'profile/acme.fr.html', 'https://www.youtube.com/@lea', { ytcfg }).stats).toBeNull();
    expect(
      read(youtubeAdapter, 'watch.html', 'https://www.youtube.com/watch?v=acmeKettle2', { ytcfg }).stats,
    ).toBeNull();
  });

  it('Reddit: the sidebar’s "1,2 k abonnés" at its exact number, not the karma nor a post’s score', () => {
    expect(read(redditAdapter, 'profile/acme_official.fr.html', 'https://www.reddit.com/user/acme_official/')).toEqual(
      own({ handle: 'acme_official', followers: 1_234 }),
    );
    expect(read(redditAdapter, 'profile/acme_official.fr.html', 'https://www.reddit.com/u/someone_else/').own).toBe(
      false,
    );
    expect(read(redditAdapter, 'feed.html', 'https://www.reddit.com/r/acme/').stats).toBeNull();
  });

  it('Mastodon: the exact counts in the header links’ titles; the handle is user@server', () => {
    expect(read(mastodonAdapter, 'profile/acme.html', 'https://mastodon.example/@acme')).toEqual(
      own({ handle: 'acme@mastodon.example', followers: 12_345, following: 321, posts: 1_234 }),
    );
    // Another account's address: its links are not in this header.
    expect(read(mastodonAdapter, 'profile/acme.html', 'https://mastodon.example/@lea').stats).toBeNull();
    expect(read(mastodonAdapter, 'feed.html', 'https://mastodon.example/home').stats).toBeNull();
  });

  it('Bluesky: "1.2M followers" from the metrics links; a did address is the profile’s id', () => {
    window.localStorage.setItem(
      'BSKY_STORAGE',
      JSON.stringify({
        session: {
          currentAccount: {
            did: 'did:plc:acme7x3k2q5v4wzz',
            handle: 'acme.bsky.social',
            service: 'https://bsky.social/',
          },
          accounts: [],
        },
      }),
    );
    expect(read(blueskyAdapter, 'profile/acme.html', 'https://bsky.app/profile/acme.bsky.social')).toEqual(
      own({ handle: 'acme.bsky.social', followers: 1_200_000, following: 345, posts: 6_789 }),
    );
    expect(read(blueskyAdapter, 'profile/acme.html', 'https://bsky.app/profile/did:plc:acme7x3k2q5v4wzz')).toEqual(
      own({ handle: 'did:plc:acme7x3k2q5v4wzz', followers: 1_200_000, id: 'did:plc:acme7x3k2q5v4wzz' }),
    );
    expect(read(blueskyAdapter, 'feed.html', 'https://bsky.app/').stats).toBeNull();
    expect(
      read(blueskyAdapter, 'profile/acme.html', 'https://bsky.app/profile/acme.bsky.social/post/3lbq2mqrz6k2a').stats,
    ).toBeNull();
  });

  it('Threads: "1,2 k abonnés" as text in the header, not the posts’ numbers', () => {
    expect(read(threadsAdapter, 'profile/acme.fr.html', 'https://www.threads.com/@acme')).toEqual(
      own({ handle: 'acme', followers: 1_200 }),
    );
    expect(read(threadsAdapter, 'profile/acme.fr.html', 'https://www.threads.com/@lea.martin').own).toBe(false);
    expect(read(threadsAdapter, 'feed.html', 'https://www.threads.com/').stats).toBeNull();
    expect(
      read(threadsAdapter, 'profile/acme.fr.html', 'https://www.threads.com/@acme/post/DAcme0001').stats,
    ).toBeNull();
  });
});

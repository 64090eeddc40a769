// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook';
import type { ScrapedPost } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://www.facebook.com/';
const STORY = 'pfbid02kXq8sV3Rm1bJcLhT7yFzNw4Q9uPDe6aHs5gKv2Yx1CtLr8ZoW3jMi7nUe4pAf5Bl';
const STORY_URL = `https://www.facebook.com/acme/posts/${STORY}`;
const load = (file: string, url = HOME) => loadFixture('facebook', file, url);
const withoutScripts = (doc: Document) => {
  for (const script of doc.querySelectorAll('script')) script.remove();
  return doc;
};

describe('facebook activeAccount', () => {
  it('uses CurrentUserInitialData from the main-world bridge first', () => {
    const state = {
      CurrentUserInitialData: { USER_ID: '100087654321012', ACCOUNT_ID: '100087654321012', NAME: 'Marie Dupont' },
    };
    expect(facebookAdapter.activeAccount(withoutScripts(load('feed.html')), state)).toEqual({
      account: {
        handle: '100087654321012',
        displayName: 'Marie Dupont',
        id: '100087654321012',
        source: 'page:CurrentUserInitialData',
      },
    });
  });

  it('reports the acting Page when USER_ID differs from ACCOUNT_ID', () => {
    const state = { CurrentUserInitialData: { USER_ID: 61551234567890, ACCOUNT_ID: '100087654321012', NAME: 'Acme' } };
    expect(facebookAdapter.activeAccount(load('post.html', STORY_URL), state).account).toEqual({
      handle: '61551234567890',
      displayName: 'Acme',
      id: '61551234567890',
      source: 'page:CurrentUserInitialData (acting as a Page or profile: USER_ID ≠ ACCOUNT_ID 100087654321012)',
      actingAs: 'page',
    });
  });

  it('parses the inline module data when the bridge has nothing (and skips scripts that only name it)', () => {
    expect(facebookAdapter.activeAccount(load('feed.html'), { CurrentUserInitialData: null }).account).toEqual({
      handle: '100087654321012',
      displayName: 'Marie Dupont',
      id: '100087654321012',
      source: 'page:inline-json CurrentUserInitialData',
    });
    expect(facebookAdapter.activeAccount(load('post.html', STORY_URL)).account).toMatchObject({
      handle: '61551234567890',
      displayName: 'Acme',
      source:
        'page:inline-json CurrentUserInitialData (acting as a Page or profile: USER_ID ≠ ACCOUNT_ID 100087654321012)',
    });
  });

  it('falls back to the profile link: left rail, then the banner shortcut', () => {
    expect(facebookAdapter.activeAccount(withoutScripts(load('feed.html'))).account).toEqual({
      handle: 'marie.dupont.acme',
      displayName: 'Marie Dupont',
      source: 'dom:profile-link',
    });
    expect(facebookAdapter.activeAccount(withoutScripts(load('notifications.html'))).account).toEqual({
      handle: 'marie.dupont.acme',
      displayName: 'Marie Dupont',
      source: 'dom:profile-link',
    });
  });

  it('says why when nobody can be told', () => {
    expect(
      facebookAdapter.activeAccount(load('feed.html'), { CurrentUserInitialData: { USER_ID: '0', ACCOUNT_ID: '0' } }),
    ).toEqual({
      account: null,
      reason: 'facebook: CurrentUserInitialData says nobody is signed in (USER_ID 0)',
    });
    expect(facebookAdapter.activeAccount(withoutScripts(load('composer.html')))).toEqual({
      account: null,
      reason:
        'facebook: no CurrentUserInitialData (bridge or inline JSON) and no profile link in the banner or left rail',
    });
    expect(facebookAdapter.pageStateKeys).toEqual(['CurrentUserInitialData']);
  });
});

const fields = (post: ScrapedPost | null | undefined) => {
  if (!post) return post;
  const { element, ...rest } = post;
  expect(element).toBeInstanceOf(HTMLElement);
  return rest;
};

const acmeStory = {
  network: 'facebook',
  id: STORY,
  authorName: 'Acme',
  authorHandle: 'acme',
  authorUrl: 'https://www.facebook.com/acme',
  text: "🌸 Les beaux jours arrivent chez Acme !\nLivraison gratuite dès 40 € jusqu'au 31 mars.\nToute la collection : https://acme.example/printemps",
  permalink: STORY_URL,
  publishedAt: undefined,
  kind: 'post',
};
const tomComment = {
  network: 'facebook',
  id: '1187654321098765',
  authorName: 'Tom Baker',
  authorHandle: 'tom.baker.ops',
  authorUrl: 'https://www.facebook.com/tom.baker.ops',
  text: 'How much is shipping to the UK? 🇬🇧',
  permalink: `${STORY_URL}?comment_id=1187654321098765`,
  publishedAt: undefined,
  kind: 'comment',
  inReplyTo: STORY,
};
const acmeReply = {
  network: 'facebook',
  id: '1187654321099999',
  authorName: 'Acme',
  authorHandle: 'acme',
  authorUrl: 'https://www.facebook.com/acme',
  text: 'Hi Tom! Shipping to the UK is €9.90, delivered in 3–5 days 📦',
  permalink: `${STORY_URL}?comment_id=1187654321098765&reply_comment_id=1187654321099999`,
  publishedAt: undefined,
  kind: 'reply',
  inReplyTo: '1187654321098765',
};
const leaComment = {
  network: 'facebook',
  id: '1187654321100001',
  authorName: 'Léa Martin',
  authorHandle: '100012345678901',
  authorUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
  text: "Est-ce que vous livrez en Belgique ?\nMerci d'avance 😊",
  permalink: `${STORY_URL}?comment_id=1187654321100001`,
  publishedAt: undefined,
  kind: 'comment',
  inReplyTo: STORY,
};

describe('facebook posts', () => {
  it('feed: stories from their timestamp links, comments and replies from comment_id links', () => {
    const posts = facebookAdapter.posts(load('feed.html'));
    expect(posts.map(fields)).toEqual([
      acmeStory,
      tomComment,
      acmeReply,
      leaComment,
      {
        network: 'facebook',
        id: 'pfbid0Tm9LkR2wqXe5yVb8Hs3cN7dJ4uFg6ZaP1oQi2Mn',
        authorName: 'Tom Baker',
        authorHandle: 'tom.baker.ops',
        authorUrl: 'https://www.facebook.com/tom.baker.ops',
        text: "Anyone tried Acme's new linen tote? Worth the price? 🤔",
        permalink:
          'https://www.facebook.com/permalink.php?story_fbid=pfbid0Tm9LkR2wqXe5yVb8Hs3cN7dJ4uFg6ZaP1oQi2Mn&id=100009876543210',
        publishedAt: undefined,
        kind: 'post',
      },
    ]);
  });

  it('story page: same records with relative links resolved against the page', () => {
    const posts = facebookAdapter.posts(load('post.html', STORY_URL));
    expect(posts.map(fields)).toEqual([acmeStory, tomComment, acmeReply, leaComment]);
  });

  it('story page without a timestamp link: the page address is the permalink', () => {
    const doc = load('post.html', `${STORY_URL}?__cft__[0]=AZX`);
    doc.querySelector(`[data-ad-rendering-role="profile_name"] ~ span a`)?.remove();
    expect(fields(facebookAdapter.posts(doc)[0])).toEqual(acmeStory);
  });

  it('French feed: no English label needed; "Voir plus" is not part of the text', () => {
    const posts = facebookAdapter.posts(load('feed.fr.html'));
    const story = 'https://www.facebook.com/acme/posts/pfbid0Lv7Qe2ZrT9mKx4Ns8Hc1Wb6Gd3Yj5Fa2Pu7Ro1Xi9Ek4';
    expect(posts.map(fields)).toEqual([
      {
        network: 'facebook',
        id: 'pfbid0Lv7Qe2ZrT9mKx4Ns8Hc1Wb6Gd3Yj5Fa2Pu7Ro1Xi9Ek4',
        authorName: 'Acme',
        authorHandle: 'acme',
        authorUrl: 'https://www.facebook.com/acme',
        text: '❓ On nous demande souvent : quels sont les délais de livraison ?\n👉 48 h en France, 3 à 5 jours en Europe.\nInfos : https://acme.example/livraison',
        permalink: story,
        publishedAt: undefined,
        kind: 'post',
      },
      {
        network: 'facebook',
        id: '1187654321200002',
        authorName: 'Léa Martin',
        authorHandle: '100012345678901',
        authorUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
        text: 'Et le prix pour la Suisse ? 🇨🇭',
        permalink: `${story}?comment_id=1187654321200002`,
        publishedAt: undefined,
        kind: 'comment',
        inReplyTo: 'pfbid0Lv7Qe2ZrT9mKx4Ns8Hc1Wb6Gd3Yj5Fa2Pu7Ro1Xi9Ek4',
      },
    ]);
  });

  it('reads an absolute time when the markup has one', () => {
    const doc = load('feed.html');
    const stamp = doc.createElement('abbr');
    stamp.setAttribute('data-utime', '1741510812');
    doc.querySelector('[aria-posinset="1"]')?.append(stamp);
    expect(facebookAdapter.posts(doc)[0]?.publishedAt).toBe('2025-03-09T09:00:12.000Z');
  });

  it('notification rows link to comments but are not posts', () => {
    expect(facebookAdapter.posts(load('notifications.html'))).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Composer } from '@/lib/sites/types';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { loadFixture } from '@/tests/unit/load-fixture';

const WATCH = 'https://www.youtube.com/watch?v=Ac3mEdemo01';
const page = (file: string, url = WATCH) => loadFixture('youtube', file, url);
const fixtureId = (element: Element | undefined) => element?.getAttribute('data-fixture-submit');

describe('youtube activeAccount', () => {
  it('reads the brand channel from ytcfg (no display name there: the handle stands in)', () => {
    const ytcfg = { LOGGED_IN: true, DELEGATED_SESSION_ID: '118230000000000000001', CHANNEL_HANDLE: '@acme' };
    const { account } = youtubeAdapter.activeAccount(page('watch.html'), { ytcfg });
    expect(account).toMatchObject({
      handle: 'acme',
      displayName: 'acme',
      avatarUrl: 'https://yt3.ggpht.com/acme-avatar=s88-c-k',
      source: 'page:ytcfg (brand channel)',
      channelKind: 'brand',
    });
  });

  it('reads the avatar-menu header, and the personal channel from ytcfg', () => {
    const { account } = youtubeAdapter.activeAccount(page('post.html'), { ytcfg: { LOGGED_IN: true } });
    expect(account).toMatchObject({
      handle: 'mariedupont',
      displayName: 'Marie Dupont',
      avatarUrl: 'https://yt3.ggpht.com/marie-avatar=s88-c-k',
      source: 'page:ytcfg+dom:ytd-active-account-header-renderer (personal channel)',
      channelKind: 'personal',
    });
  });

  it('reads the header alone without page state, channel kind unknown', () => {
    const { account } = youtubeAdapter.activeAccount(page('post.html'));
    expect(account?.handle).toBe('mariedupont');
    expect(account?.source).toBe('dom:ytd-active-account-header-renderer (channel kind unknown)');
  });

  it('falls back to the "@" string of the header when #channel-handle is gone', () => {
    const doc = page('post.html');
    doc.querySelector('#channel-handle')?.removeAttribute('id');
    expect(youtubeAdapter.activeAccount(doc).account?.handle).toBe('mariedupont');
  });

  it('reads Studio: drawer name and channel id, brand from ytcfg', () => {
    const doc = page('studio.html', 'https://studio.youtube.com/channel/UCacmeBrandChannel000001/comments/inbox');
    const ytcfg = { LOGGED_IN: true, DELEGATED_SESSION_ID: '118230000000000000001' };
    expect(youtubeAdapter.activeAccount(doc, { ytcfg }).account).toMatchObject({
      handle: 'UCacmeBrandChannel000001',
      displayName: 'Acme',
      id: 'UCacmeBrandChannel000001',
      avatarUrl: 'https://yt3.ggpht.com/acme-avatar=s240-c-k',
      source: 'page:ytcfg+dom:ytcp-navigation-drawer (brand channel)',
      channelKind: 'brand',
    });
  });

  it('says why when the handle is not on the page yet', () => {
    const ytcfg = { LOGGED_IN: true, DELEGATED_SESSION_ID: '118230000000000000001' };
    const lookup = youtubeAdapter.activeAccount(page('composer.html'), { ytcfg });
    expect(lookup.account).toBeNull();
    expect(lookup.reason).toMatch(/signed in, but no channel handle.*avatar menu was never opened/);
    expect(youtubeAdapter.activeAccount(page('notifications.html')).reason).toMatch(/^youtube: signed in, but/);
  });

  it('says signed out from ytcfg, then from the sign-in link', () => {
    const doc = page('signed-out.html');
    expect(youtubeAdapter.activeAccount(doc, { ytcfg: { LOGGED_IN: false } })).toEqual({
      account: null,
      reason: 'youtube: signed out (ytcfg LOGGED_IN is false)',
    });
    expect(youtubeAdapter.activeAccount(doc).reason).toBe('youtube: signed out (sign-in link in the masthead)');
  });

  it('ignores malformed page state and names what is missing on an empty page', () => {
    const doc = new DOMParser().parseFromString('<p>nothing</p>', 'text/html');
    expect(youtubeAdapter.activeAccount(doc, { ytcfg: 'garbage' }).reason).toBe(
      'youtube: no ytcfg page state, no account header and no avatar button found',
    );
    expect(youtubeAdapter.pageStateKeys).toEqual(['ytcfg']);
  });
});

describe('youtube posts (watch page)', () => {
  it('reads the video and every comment with all fields', () => {
    const posts = youtubeAdapter.posts(page('watch.html'));
    expect(posts.map(({ element: _element, ...post }) => post)).toEqual([
      {
        network: 'youtube',
        id: 'Ac3mEdemo01',
        authorName: 'Acme',
        authorHandle: '@acme',
        authorUrl: 'https://www.youtube.com/@acme',
        text: 'Acme Kettle 2 : le test complet ☕',
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01',
        kind: 'post',
      },
      {
        network: 'youtube',
        id: 'UgxT0mB4k3rQw8mZr1a4AaABAg',
        authorName: '@tombaker',
        authorHandle: '@tombaker',
        authorUrl: 'https://www.youtube.com/@tombaker',
        text: 'Great review! Does the Acme Kettle 2 work on 110 V?\nAsking for a friend in the US 🇺🇸',
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01&lc=UgxT0mB4k3rQw8mZr1a4AaABAg',
        kind: 'comment',
        inReplyTo: 'Ac3mEdemo01',
      },
      {
        network: 'youtube',
        id: 'UgxT0mB4k3rQw8mZr1a4AaABAg.9zAcme0001',
        authorName: '@acme',
        authorHandle: '@acme',
        authorUrl: 'https://www.youtube.com/@acme',
        text: 'Hi Tom! Yes, the US model does. Details: https://acme.example/kettle2',
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01&lc=UgxT0mB4k3rQw8mZr1a4AaABAg.9zAcme0001',
        kind: 'reply',
        inReplyTo: 'UgxT0mB4k3rQw8mZr1a4AaABAg',
      },
      {
        network: 'youtube',
        id: 'UgxT0mB4k3rQw8mZr1a4AaABAg.9zLeaM4rt01',
        authorName: '@léa.martin',
        authorHandle: '@léa.martin',
        authorUrl: 'https://www.youtube.com/@l%C3%A9a.martin',
        text: "Merci pour l'info 🙏",
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01&lc=UgxT0mB4k3rQw8mZr1a4AaABAg.9zLeaM4rt01',
        kind: 'reply',
        inReplyTo: 'UgxT0mB4k3rQw8mZr1a4AaABAg',
      },
      {
        network: 'youtube',
        id: 'UgzL3aM4rt1nKettleQ4AaABAg',
        authorName: '@léa.martin',
        authorHandle: '@léa.martin',
        authorUrl: 'https://www.youtube.com/@l%C3%A9a.martin',
        text: "Super vidéo ! 😍\nJ'ai une question : la bouilloire est-elle garantie 2 ans ?\n\nMerci d'avance",
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01&lc=UgzL3aM4rt1nKettleQ4AaABAg',
        kind: 'comment',
        inReplyTo: 'Ac3mEdemo01',
      },
    ]);
    expect(posts.every((post) => post.publishedAt === undefined)).toBe(true);
    expect(posts[1]?.element.localName).toBe('ytd-comment-view-model');
  });

  it('reads the older ytd-comment-renderer markup', () => {
    const [video, comment] = youtubeAdapter.posts(page('composer.html', 'https://www.youtube.com/watch?v=Ac3mEdemo03'));
    expect(video).toMatchObject({ id: 'Ac3mEdemo03', authorName: 'Tom Baker', authorHandle: '@tombaker' });
    expect(comment).toMatchObject({
      id: 'UgxM4r1eT0ast3rQ4AaABAg',
      authorHandle: '@mariedupont',
      text: 'Thanks Tom, great review!\nWe just shipped a firmware fix for the crumb tray sensor ✅',
      kind: 'comment',
      inReplyTo: 'Ac3mEdemo03',
    });
    expect(comment?.element.localName).toBe('ytd-comment-renderer');
  });

  it('reads none from the notifications menu', () => {
    expect(youtubeAdapter.posts(page('notifications.html', 'https://www.youtube.com/'))).toEqual([]);
  });
});

describe('youtube composers and submit paths (watch page)', () => {
  it('finds the reply box of a comment and what it answers', () => {
    const [composer, ...others] = youtubeAdapter.composers(
      page('post.html', 'https://www.youtube.com/watch?v=Ac3mEdemo02'),
    );
    expect(others).toEqual([]);
    expect(composer).toMatchObject({ kind: 'reply', editor: 'contenteditable' });
    expect(composer?.element.getAttribute('data-fixture-id')).toBe('yt-reply');
    expect(composer?.answering).toMatchObject({ id: 'UgwL3aUnb0x1ngQ4AaABAg', authorHandle: '@léa.martin' });
    const paths = youtubeAdapter.submitPaths(composer as Composer);
    expect(paths.map((path) => path.kind)).toEqual(['click', 'key']);
    expect(paths[0]?.kind === 'click' && fixtureId(paths[0].element)).toBe('yt-reply');
    expect(paths[1]).toMatchObject({ key: 'Enter', ctrlOrMeta: true, shift: false, target: composer?.element });
  });

  it('finds the top-level comment box, answering the video', () => {
    const [composer] = youtubeAdapter.composers(page('composer.html', 'https://www.youtube.com/watch?v=Ac3mEdemo03'));
    expect(composer).toMatchObject({ kind: 'comment', editor: 'contenteditable' });
    expect(composer?.answering).toMatchObject({ id: 'Ac3mEdemo03', kind: 'post', text: 'Acme Toaster T3 review' });
    const [click] = youtubeAdapter.submitPaths(composer as Composer);
    expect(click?.kind === 'click' && fixtureId(click.element)).toBe('yt-comment');
  });

  it('finds no composer while the box is still a placeholder', () => {
    expect(youtubeAdapter.composers(page('watch.html'))).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Composer } from '@/lib/sites/types';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { loadFixture } from '@/tests/unit/load-fixture';

const STUDIO = 'https://studio.youtube.com/channel/UCacmeBrandChannel000001/comments/inbox';
const studio = () => loadFixture('youtube', 'studio.html', STUDIO);

describe('youtube studio', () => {
  it('reads comments and replies with all fields', () => {
    const posts = youtubeAdapter.posts(studio());
    expect(posts.map(({ element: _element, ...post }) => post)).toEqual([
      {
        network: 'youtube',
        id: 'UgxT0mB4k3rQw8mZr1a4AaABAg',
        authorName: '@tombaker',
        authorHandle: '@tombaker',
        authorUrl: 'https://www.youtube.com/channel/UCt0mBak3rPers0nal000001',
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
        authorUrl: 'https://www.youtube.com/channel/UCacmeBrandChannel000001',
        text: 'Hi Tom! Yes, the US model does. Details: https://acme.example/kettle2',
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo01&lc=UgxT0mB4k3rQw8mZr1a4AaABAg.9zAcme0001',
        kind: 'reply',
        inReplyTo: 'UgxT0mB4k3rQw8mZr1a4AaABAg',
      },
      {
        network: 'youtube',
        id: 'UgwL3aUnb0x1ngQ4AaABAg',
        authorName: '@léa.martin',
        authorHandle: '@léa.martin',
        authorUrl: 'https://www.youtube.com/channel/UCl3aM4rt1nPers0nal00001',
        text: "Le couvercle est-il compatible avec l'ancien modèle ?\nMerci ! 😊",
        permalink: 'https://www.youtube.com/watch?v=Ac3mEdemo02&lc=UgwL3aUnb0x1ngQ4AaABAg',
        kind: 'comment',
        inReplyTo: 'Ac3mEdemo02',
      },
    ]);
  });

  it('finds both reply textareas and the comment each answers', () => {
    const composers = youtubeAdapter.composers(studio());
    expect(
      composers.map((c) => [c.kind, c.editor, c.element.getAttribute('data-fixture-id'), c.answering?.id]),
    ).toEqual([
      ['reply', 'textarea', 'studio-reply-tom', 'UgxT0mB4k3rQw8mZr1a4AaABAg'],
      ['reply', 'textarea', 'studio-reply-lea', 'UgwL3aUnb0x1ngQ4AaABAg'],
    ]);
  });

  it('finds ytcp-comment-button#submit-button, and the last button of the newer box', () => {
    const [older, newer] = youtubeAdapter.composers(studio());
    const olderPaths = youtubeAdapter.submitPaths(older as Composer);
    const newerPaths = youtubeAdapter.submitPaths(newer as Composer);
    expect(olderPaths[0]).toMatchObject({ kind: 'click', label: expect.stringContaining('#submit-button') });
    expect(olderPaths[0]?.kind === 'click' && olderPaths[0].element.getAttribute('data-fixture-submit')).toBe(
      'studio-reply-tom',
    );
    expect(newerPaths[0]).toMatchObject({ kind: 'click', label: expect.stringContaining('last button') });
    expect(newerPaths[0]?.kind === 'click' && newerPaths[0].element.getAttribute('data-fixture-submit')).toBe(
      'studio-reply-lea',
    );
    expect(newerPaths[1]).toMatchObject({ kind: 'key', key: 'Enter', ctrlOrMeta: true });
  });
});

describe('youtube on a degraded page', () => {
  it('never throws and reports what it can', () => {
    const doc = loadFixture('youtube', 'post.html', 'https://www.youtube.com/watch?v=Ac3mEdemo02');
    for (const selector of [
      '#published-time-text',
      '#author-text',
      '#content-text',
      '#submit-button',
      'ytd-watch-metadata',
    ]) {
      for (const element of doc.querySelectorAll(selector)) element.remove();
    }
    for (const link of doc.querySelectorAll('#author-thumbnail a')) link.setAttribute('href', 'http://[bad');
    expect(() => youtubeAdapter.posts(doc)).not.toThrow();
    expect(youtubeAdapter.posts(doc)).toEqual([]);
    const [composer] = youtubeAdapter.composers(doc);
    expect(composer).toMatchObject({ kind: 'reply', answering: null });
    expect(youtubeAdapter.submitPaths(composer as Composer).map((path) => path.kind)).toEqual(['key']);
  });

  it('reads a comment whose author link is broken or gone, with what is left', () => {
    const doc = loadFixture('youtube', 'watch.html', 'https://www.youtube.com/watch?v=Ac3mEdemo01');
    const [first, second] = doc.querySelectorAll('ytd-comment-view-model');
    first?.querySelector('#author-thumbnail')?.remove();
    first?.querySelector('#author-text')?.setAttribute('href', 'http://[bad');
    for (const element of second?.querySelectorAll('#author-text, #author-thumbnail') ?? []) element.remove();
    const posts = youtubeAdapter.posts(doc);
    expect(posts[1]).toMatchObject({ authorName: '@tombaker', authorHandle: '@tombaker', authorUrl: '' });
    expect(posts[2]).toMatchObject({
      authorName: '',
      authorHandle: '',
      authorUrl: '',
      text: expect.stringMatching(/^Hi Tom/),
    });
  });

  it('tells its pages', () => {
    const blank = new DOMParser().parseFromString('<p>x</p>', 'text/html');
    expect(youtubeAdapter.isNetworkPage(blank)).toBe(false);
    expect(youtubeAdapter.isNetworkPage(studio())).toBe(true);
    expect(youtubeAdapter.isNetworkPage(loadFixture('youtube', 'watch.html', 'https://example.invalid/'))).toBe(true);
  });
});

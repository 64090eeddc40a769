// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import type { ScrapedPost } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const FEED = 'https://www.linkedin.com/feed/';
const POST_PAGE = 'https://www.linkedin.com/feed/update/urn:li:activity:7436689787462155662/';
const ACME_POST = 'urn:li:activity:7436689787462155662';
const TOM_COMMENT = 'urn:li:comment:(activity:7436689787462155662,7436697973337035888)';
const LEA_COMMENT = 'urn:li:comment:(activity:7436689787462155662,7436716787078108880)';
const ACME_REPLY = 'urn:li:comment:(activity:7436689787462155662,7436737554007484133)';

const ACME_TEXT = [
  '🌱 Notre collection printemps arrive le 20 mars !',
  "Livraison offerte en France métropolitaine jusqu'au 31 mars.",
  '',
  'Découvrez les nouveautés : https://acme.example/printemps',
  '#Printemps',
].join('\n');

const acmePost = {
  network: 'linkedin',
  id: ACME_POST,
  authorName: 'Acme France',
  authorHandle: 'acme-france',
  authorUrl: 'https://www.linkedin.com/company/acme-france/',
  text: ACME_TEXT,
  permalink: `https://www.linkedin.com/feed/update/${ACME_POST}/`,
  publishedAt: '2026-03-09T08:30:12.345Z',
  kind: 'post',
};
const tomComment = {
  network: 'linkedin',
  id: TOM_COMMENT,
  authorName: 'Tom Baker',
  authorHandle: 'tom-baker-ops',
  authorUrl: 'https://www.linkedin.com/in/tom-baker-ops/',
  text: 'Hi! How much is delivery to Belgium? 🇧🇪\nAnd can you ship to Brussels before Easter?',
  permalink: `https://www.linkedin.com/feed/update/${ACME_POST}/?commentUrn=${encodeURIComponent(TOM_COMMENT)}`,
  publishedAt: '2026-03-09T09:02:44.010Z',
  kind: 'comment',
  inReplyTo: ACME_POST,
};
const leaComment = {
  network: 'linkedin',
  id: LEA_COMMENT,
  authorName: 'Léa Martin',
  authorHandle: 'lea-martin-design',
  authorUrl: 'https://www.linkedin.com/in/lea-martin-design/',
  text: "Trop hâte ! Les prix restent les mêmes que l'an dernier ? 😍",
  permalink: `https://www.linkedin.com/feed/update/${ACME_POST}/?commentUrn=${encodeURIComponent(LEA_COMMENT)}`,
  publishedAt: '2026-03-09T10:17:29.555Z',
  kind: 'comment',
  inReplyTo: ACME_POST,
};
const acmeReply = {
  network: 'linkedin',
  id: ACME_REPLY,
  authorName: 'Acme France',
  authorHandle: 'acme-france',
  authorUrl: 'https://www.linkedin.com/company/acme-france/',
  text: 'Bonjour Léa, oui : les prix ne changent pas 😊\nBonne journée !',
  permalink: `https://www.linkedin.com/feed/update/${ACME_POST}/?commentUrn=${encodeURIComponent(ACME_REPLY)}`,
  publishedAt: '2026-03-09T11:40:00.777Z',
  kind: 'reply',
  inReplyTo: LEA_COMMENT,
};

/** Every field but the element, which is checked on its own. */
function fields(post: ScrapedPost | null | undefined) {
  if (!post) return post;
  const { element, ...rest } = post;
  expect(element).toBeInstanceOf(HTMLElement);
  return rest;
}

describe('linkedin posts, both markups give the same records', () => {
  it.each([
    ['post.html', 'legacy'],
    ['post.sdui.html', 'sdui'],
  ])('%s (%s): post, comments and nested reply with every field', (file) => {
    const posts = linkedinAdapter.posts(loadFixture('linkedin', file, POST_PAGE));
    expect(posts.map(fields)).toEqual([acmePost, tomComment, leaComment, acmeReply]);
  });

  it('feed.html (legacy): two posts and a comment, in document order', () => {
    const posts = linkedinAdapter.posts(loadFixture('linkedin', 'feed.html', FEED));
    expect(posts.map((post) => post.id)).toEqual([ACME_POST, TOM_COMMENT, 'urn:li:activity:7437166796322001855']);
    expect(fields(posts[0])).toEqual(acmePost);
    expect(fields(posts[1])).toEqual(tomComment);
    expect(fields(posts[2])).toEqual({
      network: 'linkedin',
      id: 'urn:li:activity:7437166796322001855',
      authorName: 'Tom Baker',
      authorHandle: 'tom-baker-ops',
      authorUrl: 'https://www.linkedin.com/in/tom-baker-ops/',
      text: 'Three things I learned shipping 2,000 parcels in one week:\n1. Print the labels the night before\n2. Answer every DM within the hour\n3. Coffee ☕',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7437166796322001855/',
      publishedAt: '2026-03-10T16:05:40.120Z',
      kind: 'post',
    });
  });

  it('feed.sdui.html: posts from componentkey/facepile, comments from replaceableComment keys', () => {
    const posts = linkedinAdapter.posts(loadFixture('linkedin', 'feed.sdui.html', FEED));
    expect(posts.map((post) => [post.kind, post.id])).toEqual([
      ['post', 'urn:li:activity:7437403203149448203'],
      ['comment', 'urn:li:comment:(activity:7437403203149448203,7437407464977185746)'],
      ['post', ACME_POST],
      ['post', 'urn:li:activity:7437166796322001855'],
    ]);
    expect(fields(posts[0])).toEqual({
      network: 'linkedin',
      id: 'urn:li:activity:7437403203149448203',
      authorName: 'Léa Martin',
      authorHandle: 'lea-martin-design',
      authorUrl: 'https://www.linkedin.com/in/lea-martin-design/',
      text: "Nouveau tote bag en lin lavé pour la collection printemps d'Acme France 👜\nTeinture végétale, fabriqué à Lyon.\n\nVos couleurs préférées ?",
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7437403203149448203/',
      publishedAt: '2026-03-11T07:45:03.900Z',
      kind: 'post',
    });
    expect(fields(posts[1])).toMatchObject({
      authorName: 'Tom Baker',
      authorHandle: 'tom-baker-ops',
      text: "Love the colours! What's the price of the large tote?\nAnd how long is delivery to London? 🇬🇧",
      inReplyTo: 'urn:li:activity:7437403203149448203',
      publishedAt: '2026-03-11T08:01:59.999Z',
    });
    expect(fields(posts[2])).toEqual(acmePost);
  });

  it('feed.fr.html: French page, same hooks, same fields', () => {
    const posts = linkedinAdapter.posts(loadFixture('linkedin', 'feed.fr.html', FEED));
    expect(posts.map(fields)).toEqual([
      {
        network: 'linkedin',
        id: 'urn:li:activity:7437799548518523456',
        authorName: 'Acme France',
        authorHandle: 'acme-france',
        authorUrl: 'https://www.linkedin.com/company/acme-france/',
        text: '📦 Question fréquente : combien coûte la livraison ?\nC’est gratuit dès 49 € d’achat, sinon 4,90 €.\nSuivi de colis : https://acme.example/suivi',
        permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7437799548518523456/',
        publishedAt: '2026-03-12T10:00:00.000Z',
        kind: 'post',
      },
      {
        network: 'linkedin',
        id: 'urn:li:comment:(activity:7437799548518523456,7437810190517211654)',
        authorName: 'Léa Martin',
        authorHandle: 'lea-martin-design',
        authorUrl: 'https://www.linkedin.com/in/lea-martin-design/',
        text: 'Et pour la Belgique, c’est le même tarif ? Merci ! 🙏',
        permalink: `https://www.linkedin.com/feed/update/urn:li:activity:7437799548518523456/?commentUrn=${encodeURIComponent('urn:li:comment:(activity:7437799548518523456,7437810190517211654)')}`,
        publishedAt: '2026-03-12T10:42:17.250Z',
        kind: 'comment',
        inReplyTo: 'urn:li:activity:7437799548518523456',
      },
      {
        network: 'linkedin',
        id: 'urn:li:activity:7437831146223702241',
        authorName: 'Tom Baker',
        authorHandle: 'tom-baker-ops',
        authorUrl: 'https://www.linkedin.com/in/tom-baker-ops/',
        text: 'Quick poll for e-commerce folks: do you offer free returns? 🤔',
        permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7437831146223702241/',
        publishedAt: '2026-03-12T12:05:33.480Z',
        kind: 'post',
      },
    ]);
  });

  it('counts an sdui comment rendered twice (SSR + hydrate) once', () => {
    const doc = loadFixture('linkedin', 'feed.sdui.html', FEED);
    const comment = doc.querySelector('[componentkey^="replaceableComment_"]');
    comment?.after(comment.cloneNode(true));
    expect(linkedinAdapter.posts(doc).filter((post) => post.kind === 'comment')).toHaveLength(1);
  });

  it('finds nothing on notification pages (cards link to posts but are not posts)', () => {
    for (const file of ['notifications.html', 'notifications.sdui.html']) {
      expect(linkedinAdapter.posts(loadFixture('linkedin', file, 'https://www.linkedin.com/notifications/'))).toEqual(
        [],
      );
    }
  });
});

// @vitest-environment happy-dom
/**
 * The layouts of real pages (sites.md §11), each reproduced by a fixture: identity, posts
 * (author, text, link or honest "no link") and boxes with their kinds. The declarative shadow
 * root of LinkedIn's messaging overlay is not parsed here (happy-dom): the browser specs cover it.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import type { Composer, ScrapedPost } from '@/lib/sites/types';
import { loadFixture } from '@/tests/unit/load-fixture';

const summary = (post: ScrapedPost) => ({
  id: post.id,
  author: `${post.authorName} (${post.authorHandle}) ${post.authorUrl}`,
  text: post.text.split('\n')[0],
  permalink: post.permalink,
  kind: post.kind,
});
const box = (composer: Composer) => ({
  id: composer.element.getAttribute('data-fixture-id'),
  kind: composer.kind,
  answering: composer.answering?.id ?? null,
});

describe('LinkedIn feed, 2026 layout', () => {
  const doc = loadFixture('linkedin', 'feed.2026.html', 'https://www.linkedin.com/feed/');

  it('reads the member from the left-rail card, not the empty-alt nav or share box avatars', () => {
    expect(linkedinAdapter.activeAccount(doc).account).toMatchObject({
      handle: 'marie-dupont-acme',
      displayName: 'Marie Dupont',
      source: 'dom:left-rail-profile-card',
    });
  });

  it('reads every mainFeed item: the author is the actor pair, not the social context; no link is invented', () => {
    const posts = linkedinAdapter.posts(doc).map(summary);
    expect(posts.map((post) => post.author)).toEqual([
      'Acme France (acme-france) https://www.linkedin.com/company/acme-france/',
      'Léa Martin (lea-martin-design) https://www.linkedin.com/in/lea-martin-design/',
      'Tom Baker (tom-baker-ops) https://www.linkedin.com/in/tom-baker-ops/',
    ]);
    expect(posts[0]?.text).toBe('Three things we learned shipping our spring collection from Lyon 🌱');
    expect(posts.every((post) => post.permalink === '' && post.id.startsWith('li-item:'))).toBe(true);
    expect(new Set(posts.map((post) => post.id)).size).toBe(3);
  });

  it('keeps the same ids on another scan and after the "…more" text moved (stable keys)', () => {
    const again = loadFixture('linkedin', 'feed.2026.html', 'https://www.linkedin.com/feed/');
    expect(linkedinAdapter.posts(again).map((post) => post.id)).toEqual(
      linkedinAdapter.posts(doc).map((post) => post.id),
    );
  });

  it('without the English menu label the author is the same (language-independent)', () => {
    const copy = loadFixture('linkedin', 'feed.2026.html', 'https://www.linkedin.com/feed/');
    for (const button of copy.querySelectorAll('button[aria-label^="Open control menu"]')) button.remove();
    expect(linkedinAdapter.posts(copy).map((post) => post.authorHandle)).toEqual([
      'acme-france',
      'lea-martin-design',
      'tom-baker-ops',
    ]);
  });

  it('the open comment box is a comment on its post, sent by its text button', () => {
    const composers = linkedinAdapter.composers(doc);
    const [first] = linkedinAdapter.posts(doc).slice(1);
    expect(composers.map(box)).toEqual([{ id: 'li-2026-comment', kind: 'comment', answering: first?.id }]);
    expect(linkedinAdapter.submitPaths(composers[0] as Composer).map((path) => path.label)).toEqual([
      'linkedin: comment submit button',
    ]);
  });

  it('the post holding any node is found from that node alone', () => {
    const text = doc.querySelectorAll('[data-testid="expandable-text-box"]')[2] as Element;
    expect(linkedinAdapter.postFrom(text)?.authorHandle).toBe('tom-baker-ops');
  });
});

describe('Facebook 2024–2025', () => {
  it('Arabic, acting as a Page: the Page from the inline JSON, the story without [role=feed], the Arabic comment box', () => {
    const doc = loadFixture('facebook', 'page.ar.2024.html', 'https://www.facebook.com/profile.php?id=61550000000001');
    expect(facebookAdapter.activeAccount(doc).account).toMatchObject({
      handle: '61550000000001',
      displayName: 'أكمي العربية',
      actingAs: 'page',
    });
    expect(facebookAdapter.posts(doc).map(summary)).toEqual([
      {
        id: 'pfbid02ArAbCdEf1234567890xyz',
        author: 'أكمي العربية (61550000000001) https://www.facebook.com/profile.php?id=61550000000001',
        text: '🌙 عروض رمضان وصلت! توصيل مجاني لكل الطلبات فوق ٢٠٠ درهم.',
        permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid02ArAbCdEf1234567890xyz&id=61550000000001',
        kind: 'post',
      },
      {
        id: '1190000000000001',
        author: 'سارة العلي (sara.alali.52) https://www.facebook.com/sara.alali.52',
        text: 'هل التوصيل متاح إلى الدار البيضاء؟',
        permalink:
          'https://www.facebook.com/permalink.php?story_fbid=pfbid02ArAbCdEf1234567890xyz&id=61550000000001&comment_id=1190000000000001',
        kind: 'comment',
      },
    ]);
    expect(facebookAdapter.composers(doc).map(box)).toEqual([
      { id: 'fb-ar-comment', kind: 'comment', answering: 'pfbid02ArAbCdEf1234567890xyz' },
    ]);
  });

  it('French own profile: both stories; the one whose link Facebook fills on hover has "no link" until then, its link after', () => {
    const doc = loadFixture('facebook', 'profile.fr.2024.html', 'https://www.facebook.com/marie.dupont.lyon');
    expect(facebookAdapter.activeAccount(doc).account).toMatchObject({ handle: '100087654321012' });
    const [own, hovered] = facebookAdapter.posts(doc).map(summary);
    expect(own).toMatchObject({
      id: 'pfbid0FrMa7Rie2Du4Po8Nt1Ly3On',
      author: 'Marie Dupont (marie.dupont.lyon) https://www.facebook.com/marie.dupont.lyon',
    });
    expect(hovered).toMatchObject({
      author: 'Léa Martin (100012345678901) https://www.facebook.com/profile.php?id=100012345678901',
      text: 'Bon anniversaire Marie ! Le tote bag en lin est parfait, merci 🎁',
      permalink: '',
    });
    expect(hovered?.id).toMatch(/^fb-item:/);
    const link = doc.querySelector('a[data-fixture-hover-href]') as HTMLAnchorElement;
    link.setAttribute('href', link.dataset.fixtureHoverHref ?? '');
    expect(facebookAdapter.posts(doc).map(summary)[1]).toMatchObject({
      id: 'pfbid0LeaMa9Rt1nPo5St7',
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0LeaMa9Rt1nPo5St7&id=100012345678901',
    });
  });

  it('home 2025: the story, its comment box, and the Messenger chat box as a direct message (Enter only)', () => {
    const doc = loadFixture('facebook', 'home.2025.html', 'https://www.facebook.com/');
    expect(facebookAdapter.posts(doc).map((post) => post.id)).toEqual([
      'pfbid0BkLn2025Hm8Ws4Qa',
      'pfbid0LeaHome2025Qx7',
    ]);
    const composers = facebookAdapter.composers(doc);
    expect(composers.map(box)).toEqual([
      { id: 'fb-home-comment', kind: 'comment', answering: 'pfbid0BkLn2025Hm8Ws4Qa' },
      { id: 'fb-messenger', kind: 'message', answering: null },
    ]);
    expect(facebookAdapter.submitPaths(composers[1] as Composer).map((path) => path.kind)).toEqual(['key']);
  });
});

describe('Instagram reels viewer, 2026 (Russian)', () => {
  const doc = loadFixture('instagram', 'reels.ru.2026.html', 'https://www.instagram.com/reels/DReelAcme01/');

  it('reads the account from the sidebar link whose localized alt ends with the username', () => {
    expect(instagramAdapter.activeAccount(doc).account).toMatchObject({
      handle: 'acme.france',
      source: 'dom:sidebar-profile-link https://www.instagram.com/acme.france/',
    });
  });

  it('reads each reel unit: owner from its /reels/ link (never the audio link), caption, "no link"', () => {
    const posts = instagramAdapter.posts(doc).map(summary);
    expect(posts.map((post) => post.author.split(' ')[0])).toEqual([
      'acme.france',
      'lea.martin.design',
      'bakerline.uk',
      'tom.baker.ops',
    ]);
    expect(posts[1]?.text).toBe('Как я крашу лён натуральными красителями — часть 2');
    expect(posts.every((post) => post.permalink === '' && post.id.startsWith('ig-reel:'))).toBe(true);
  });

  it('the open comment panel is a comment box on its reel', () => {
    const [reel] = instagramAdapter.posts(doc);
    expect(instagramAdapter.composers(doc).map(box)).toEqual([
      { id: 'ig-reel-comment', kind: 'comment', answering: reel?.id },
    ]);
  });
});

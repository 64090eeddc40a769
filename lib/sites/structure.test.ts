// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStructuralSegment, linkShape, maskIds, pageStructure } from '@/lib/sites/structure';
import { loadFixture } from '@/tests/unit/load-fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const PAGES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'editors')
  .flatMap((entry) =>
    readdirSync(join(FIXTURES, entry.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ network: entry.name, file })),
  );

/** Everything on a page that is someone's data: texts, labels, alts, values, link slugs and query values. */
function personalData(doc: Document): string[] {
  const found = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = node.nodeValue?.trim() ?? '';
    if (text.length >= 4) found.add(text);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const name of [
      'alt',
      'aria-label',
      'aria-placeholder',
      'title',
      'placeholder',
      'value',
      'src',
      'data-placeholder',
    ]) {
      const value = el.getAttribute(name)?.trim() ?? '';
      if (value.length >= 4) found.add(value);
    }
    const href = el.getAttribute('href');
    if (href) {
      try {
        const url = new URL(href, 'https://example.invalid/');
        for (const value of url.searchParams.values()) if (value.length >= 4) found.add(value);
        for (const segment of url.pathname.split('/')) {
          // Profile names and ids, not the words every link has (`posts`, `reels`: a reviewed list).
          if (segment.length >= 3 && !isStructuralSegment(segment)) found.add(segment);
        }
      } catch {
        // not a link
      }
    }
  }
  return [...found];
}

describe('page structure for a bug report', () => {
  it.each(PAGES)('$network/$file: no text, name, label, image or query value survives', ({ network, file }) => {
    const doc = loadFixture(network, file, 'https://www.example.com/');
    const skeleton = pageStructure(doc);
    expect(skeleton.length).toBeGreaterThan(100);
    // As a whole word: a label "Profile" is no leak inside a hook such as `AppTabBar_Profile_Link`.
    const leaks = personalData(doc).filter((value) =>
      new RegExp(`(?<![\\w-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(skeleton),
    );
    expect(leaks).toEqual([]);
    expect(skeleton).not.toMatch(/\d{4,}/);
  });

  it('keeps what a maintainer needs: tags, roles, hooks, aria names, link shapes and the findings', () => {
    const doc = loadFixture('linkedin', 'feed.2026.html', 'https://www.linkedin.com/feed/');
    const item = doc.querySelector('[role="listitem"]') as Element;
    const skeleton = pageStructure(doc, new Map([[item, 'post: mainFeed (2026)']]));
    expect(skeleton).toContain('[data-testid="mainFeed"]');
    expect(skeleton).toContain('[role="listitem"]');
    expect(skeleton).toContain('[componentkey="<id>"]');
    expect(skeleton).toContain('[data-testid="expandable-text-box"]');
    expect(skeleton).toContain('→ /in/<slug>/');
    expect(skeleton).toContain('→ /company/<slug>/posts/');
    expect(skeleton).toMatch(/button\.[^\n]*\[aria-label\]/);
    expect(skeleton).toContain('⟵ post: mainFeed (2026)');
    expect(skeleton).toContain('(text)');
  });

  it('link shapes keep the path words and parameter names, never a slug, id or value', () => {
    const base = 'https://www.facebook.com/';
    expect(linkShape('/profile.php?id=100012345678901&__cft__[0]=AZ', base)).toBe('/profile.php?id=…&__cft__[0]=…');
    expect(linkShape('https://www.facebook.com/marie.dupont/posts/pfbid0abc', base)).toBe('/<slug>/posts/<slug>');
    expect(linkShape('https://acme.example/x?q=1', base)).toBe('<other-site>/<slug>?q=…');
    expect(linkShape('javascript:alert(1)', base)).toBe('javascript:…');
    expect(maskIds('ReactionFacepileCollection-urn:li:activity:7437403203149448203')).toBe(
      'ReactionFacepileCollection-urn:<id>',
    );
    expect(maskIds('UserAvatar-Container-acmefrance', ['acmefrance'])).toBe('UserAvatar-Container-<slug>');
  });
});

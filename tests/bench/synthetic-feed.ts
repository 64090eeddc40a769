/**
 * Synthetic feeds for the site benchmark: a network's fixture page with its first post element
 * repeated N times. Each copy gets its own ids (every id-like token of the posts it holds is
 * suffixed in every attribute), so adapters that report each post once still see N posts.
 */
import type { ScrapedPost, SiteAdapter } from '../../lib/sites/types';
import { loadFixture } from '../unit/load-fixture';

/** Id-like runs (6+ letters or digits, at least one digit: not `activity` in a URN) of the ids of the posts and comments inside `element`. */
function idTokens(posts: readonly ScrapedPost[], element: Element): string[] {
  const ids = posts.filter((post) => element.contains(post.element)).map((post) => post.id);
  const tokens = new Set(ids.flatMap((id) => (id.match(/[A-Za-z0-9]{6,}/g) ?? []).filter((token) => /\d/.test(token))));
  return [...tokens].sort((a, b) => b.length - a.length);
}

function renameIds(root: Element, pattern: RegExp, suffix: string): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (pattern.test(attr.value))
        el.setAttribute(
          attr.name,
          attr.value.replace(pattern, (token) => token + suffix),
        );
      pattern.lastIndex = 0;
    }
  }
}

/** One network's page: where its fixture is served and the fixture to repeat (an absolute path). */
export interface FeedSource {
  network: string;
  adapter: SiteAdapter;
  fixture: string;
  url: string;
}

/**
 * The fixture of `source` with its first top-level post element repeated to `count` copies (the
 * original included). Returns the document and the number of copies made.
 */
export function syntheticFeed(source: FeedSource, count: number): Document {
  const doc = loadFixture(source.network, source.fixture, source.url);
  const all = source.adapter.posts(doc);
  const first = all.find((post) => !all.some((other) => other !== post && other.element.contains(post.element)));
  if (!first) throw new Error(`bench: no post in ${source.network}/${source.fixture}`);
  const template = first.element;
  const tokens = idTokens(all, template);
  const pattern = tokens.length ? new RegExp(tokens.join('|'), 'g') : null;
  const copies = doc.createDocumentFragment();
  for (let i = 1; i < count; i++) {
    const copy = template.cloneNode(true) as Element;
    if (pattern) renameIds(copy, pattern, String(i).padStart(4, '0'));
    copies.append(copy);
  }
  template.after(copies);
  return doc;
}

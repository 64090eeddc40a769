/**
 * The families of markup the networks print a profile's counts in (issue 21: growth), shared by
 * the networks' profile readers: a link to the profile's followers list, a short "<count> <label>"
 * phrase, or the page's description meta tag ("1,234 Followers, 56 Following, 78 Posts – … (@acme)").
 * A count the page does not show is null, never zero. The exact number a site puts in a `title`
 * (Mastodon, Instagram, Threads) or a `number` attribute (Reddit's faceplate-number) wins over
 * the rounded text ("12.3K").
 */
import { parseCount } from '@/lib/growth/count';
import { inlineText } from '@/lib/sites/shared/text';

/** The label words of the interface languages, per count. */
export const COUNT_WORDS = {
  followers: [
    'followers',
    'follower',
    'abonnés',
    'abonné',
    'abonnées',
    'seguidores',
    'seguidor',
    'subscribers',
    'subscriber',
  ],
  following: ['following', 'abonnements', 'abonnement', 'suivi(e)s', 'suivis', 'seguidos', 'siguiendo', 'follows'],
  posts: [
    'posts',
    'post',
    'publications',
    'publication',
    'videos',
    'video',
    'vidéos',
    'vidéo',
    'messages',
    'publicaciones',
  ],
} as const;
export type CountKind = keyof typeof COUNT_WORDS;

const NUMBER_PART = String.raw`(\d[\d\s\u00a0\u202f.,']*\s*(?:k|m|md|mio|mrd|mn|b)?\.?)`;

function phrase(kind: CountKind): RegExp {
  const words = COUNT_WORDS[kind].map((word) => word.replace(/[()]/g, '\\$&')).join('|');
  // "12.3K followers", "1 234 abonnés", "Followers: 1,234", "de 3,4 M d’abonnés".
  return new RegExp(
    String.raw`^(?:${NUMBER_PART}\s*(?:d[\u2019']\s*|de\s+)?(?:${words})|(?:${words})\s*[:\uFF1A]?\s*${NUMBER_PART})$`,
    'iu',
  );
}
const PHRASES: Record<CountKind, RegExp> = {
  followers: phrase('followers'),
  following: phrase('following'),
  posts: phrase('posts'),
};

/** The exact count an element or its descendants carry in an attribute, else null. */
function exactCount(element: Element): number | null {
  for (const node of [element, ...element.querySelectorAll('[title], faceplate-number[number]')]) {
    const raw = node.getAttribute('number') ?? node.getAttribute('title');
    if (raw && /^[\d\s\u00a0\u202f.,']+$/u.test(raw.trim())) {
      const value = parseCount(raw);
      if (value !== null) return value;
    }
  }
  return null;
}

/** The count a "<count> <label>" phrase holds (the element's whole short text), else null. */
export function phraseCount(element: Element, kind: CountKind): number | null {
  const text = inlineText(element).replace(/\s+/g, ' ').trim();
  if (text.length > 60) return null;
  const match = PHRASES[kind].exec(text);
  const printed = match?.[1] ?? match?.[2];
  if (!printed) return null;
  return exactCount(element) ?? parseCount(printed);
}

/**
 * The first "<count> <label>" phrase among the root's short elements (the innermost one holding
 * the whole phrase), read within `root` only: the profile header, never the feed below it (the
 * posts, matched by `skip`, are passed over).
 */
export function labelledCount(root: ParentNode | null, kind: CountKind, skip?: string): number | null {
  if (!root) return null;
  for (const element of root.querySelectorAll('a, li, p, span, div, strong')) {
    if (element.childElementCount > 6 || (element.textContent?.length ?? 0) > 80) continue;
    if (skip && element.closest(skip)) continue;
    const count = phraseCount(element, kind);
    if (count !== null) return count;
  }
  return null;
}

/** The count printed in the first link whose path is one of `paths` (exact number first). */
export function linkCount(root: ParentNode, paths: readonly string[]): number | null {
  const wanted = new Set(paths.map((path) => path.toLowerCase().replace(/\/$/, '')));
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let path: string;
    try {
      path = new URL(link.getAttribute('href') ?? '', 'https://host.invalid/').pathname;
    } catch {
      continue;
    }
    if (!wanted.has(decodeURIComponent(path).toLowerCase().replace(/\/$/, ''))) continue;
    const count = exactCount(link) ?? parseCount(inlineText(link));
    if (count !== null) return count;
  }
  return null;
}

/**
 * The counts of the page's description meta tag, when it names the profile (`@handle`): what
 * Instagram and Threads serve ("1,234 Followers, 56 Following, 78 Posts - See Instagram photos and
 * videos from Acme (@acme)"). A description naming another profile (a stale tag after an in-app
 * navigation) gives nothing.
 */
export function describedCounts(
  doc: Document,
  handle: string,
): { followers: number; following?: number; posts?: number } | null {
  for (const meta of doc.querySelectorAll('meta[property="og:description"], meta[name="description"]')) {
    const content = meta.getAttribute('content') ?? '';
    const names = content.match(/@[\w.-]+/g)?.map((name) => name.slice(1).replace(/\.$/, '').toLowerCase()) ?? [];
    if (!names.includes(handle.toLowerCase())) continue;
    const parts = content.split(/[,·•|\-–—]\s+/u).map((part) => part.trim());
    const read = (kind: CountKind) => {
      for (const part of parts) {
        const match = PHRASES[kind].exec(part);
        const printed = match?.[1] ?? match?.[2];
        const value = printed ? parseCount(printed) : null;
        if (value !== null) return value;
      }
      return null;
    };
    const followers = read('followers');
    if (followers === null) continue;
    const following = read('following');
    const posts = read('posts');
    return { followers, ...(following !== null ? { following } : {}), ...(posts !== null ? { posts } : {}) };
  }
  return null;
}

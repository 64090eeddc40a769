/**
 * "Say when we are blind": whether the adapter reads this page's layout. A page that plainly
 * shows posts (repeated items holding a link to a profile or a post, and some text) where no
 * layout found one, or a box the user focused that no adapter claims, is a layout the extension
 * does not recognise: Site health says so with the counts, the popup and side panel show a
 * notice for the tab, and the console names what was missing. Run on demand only (Site health,
 * the popup opening, a focus): never on page mutations.
 */
import type { Network } from '@/lib/networks';
import { anyOf, queryAll } from '@/lib/sites/shared/query';
import type { ComposerKind, ScrapedPost } from '@/lib/sites/types';

/** Elements that repeat once per post on any site: articles and list items. */
const ITEM = ['article', '[role="article"]', '[role="listitem"]', 'li'];
/** Per network: links a post shows (its author's profile, its own address). */
const POST_LINKS: Partial<Record<Network, string>> = {
  linkedin: 'a[href*="/in/"], a[href*="/company/"], a[href*="/feed/update/"]',
  facebook: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="profile.php"], a[href*="/permalink/"]',
  instagram: 'a[href*="/p/"], a[href*="/reel/"], a[href$="/reels/"]',
  x: 'a[href*="/status/"]',
  youtube: 'a[href*="/@"], a[href*="/channel/"]',
  reddit: 'a[href*="/comments/"], a[href*="/user/"]',
  mastodon: 'a[href*="/@"]',
  bluesky: 'a[href*="/profile/"]',
  threads: 'a[href*="/post/"], a[href*="/@"]',
};
/** Text a post carries at least (a nav entry or a name alone has less). */
const MIN_TEXT = 40;
/** Enough repeats to be a feed or a thread rather than a stray list. */
const MIN_ITEMS = 3;
/** The check looks at this many candidates at most (a huge page costs no more). */
const MAX_CANDIDATES = 400;

/** A focused box no adapter claimed: what it looks like, never what it holds. */
export interface UnclaimedBox {
  kind: ComposerKind;
  /** `div[contenteditable][role=textbox][aria-label]`: tag, role and attribute names only. */
  shape: string;
}

export interface LayoutCheck {
  recognised: boolean;
  /** Post-like structures on the page (repeated items with a post link and text). */
  postLike: number;
  posts: number;
  /** Posts read per layout name (the adapter's recognisers). */
  byLayout: Record<string, number>;
  unclaimedBox: UnclaimedBox | null;
  /** What was missing, in words a maintainer reads in the console and the bug report. */
  missing: string[];
}

/** Items that look like posts: repeated articles or list items with a post link and text, innermost only. */
export function countPostLike(network: Network, root: ParentNode): number {
  const links = POST_LINKS[network];
  if (!links) return 0;
  const candidates = queryAll(root, ITEM).slice(0, MAX_CANDIDATES);
  const postLike = candidates.filter(
    (item) => item.querySelector(links) !== null && (item.textContent?.trim().length ?? 0) >= MIN_TEXT,
  );
  // A list item inside an article (its comments) or an item wrapping others counts once.
  const innermost = postLike.filter((item) => !postLike.some((other) => other !== item && item.contains(other)));
  return innermost.length;
}

/** The shape of a box: tag, role and the names of its aria attributes (never values, never text). */
export function boxShape(box: Element): string {
  const role = box.getAttribute('role');
  const aria = [...box.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('aria-'));
  const editable = box.hasAttribute('contenteditable') ? '[contenteditable]' : '';
  return `${box.localName}${editable}${role ? `[role=${role}]` : ''}${aria.length ? `[${aria.join(' ')}]` : ''}`;
}

/** Whether the adapter reads this page, and what was missing when it does not. */
export function checkLayout(input: {
  network: Network;
  root: ParentNode;
  posts: readonly ScrapedPost[];
  byLayout: Record<string, number>;
  unclaimedBox: UnclaimedBox | null;
}): LayoutCheck {
  const { network, posts, unclaimedBox } = input;
  const postLike = countPostLike(network, input.root);
  const missing: string[] = [];
  if (postLike >= MIN_ITEMS && posts.length === 0) {
    missing.push(
      `${postLike} post-like items (${anyOf(ITEM)} with ${POST_LINKS[network] ?? 'links'}) but no layout read a post`,
    );
  }
  if (unclaimedBox && unclaimedBox.kind === 'other') {
    missing.push(`a focused box no layout claims (${unclaimedBox.shape})`);
  }
  return {
    recognised: missing.length === 0,
    postLike,
    posts: posts.length,
    byLayout: input.byLayout,
    unclaimedBox,
    missing,
  };
}

/** The console line naming what was missing (English on purpose: maintainers read it). */
export function blindWarning(network: Network, check: LayoutCheck): string {
  return `CM Companion: this ${network} page's layout is not recognised: ${check.missing.join('; ')}`;
}

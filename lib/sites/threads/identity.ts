import { anyOf } from '@/lib/sites/shared/query';
import { SELECTORS } from '@/lib/sites/threads/selectors';
import type { AccountLookup } from '@/lib/sites/types';

const PROFILE_PATH = /^\/@([\w.]{1,30})\/?$/;

/** `user` when the link points at a profile page itself (`/@user`), not at a post or a tab of it. */
export function profileUsername(link: Element): string | undefined {
  try {
    return new URL(link.getAttribute('href') ?? '', 'https://www.threads.com').pathname.match(PROFILE_PATH)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The navigation bar's profile link, told from the authors' links in the feed: never inside a post
 * or a dialog; inside a navigation landmark when the bar has one, else outside the main column and
 * drawn as an icon (authors' links hold text or an avatar image, not an svg).
 */
function navigationProfileLink(doc: Document): { username: string; source: string } | null {
  const candidates = [...doc.querySelectorAll(SELECTORS.profileLink)].filter(
    (link) => profileUsername(link) && !link.closest(SELECTORS.post) && !link.closest(SELECTORS.dialog),
  );
  const inLandmark = candidates.find((link) => link.closest(anyOf(SELECTORS.navigation)));
  if (inLandmark) return { username: profileUsername(inLandmark) ?? '', source: 'dom:navigation a[href^="/@"]' };
  const iconOutsideMain = candidates.find(
    (link) => !link.closest(anyOf(SELECTORS.main)) && link.querySelector(SELECTORS.icon),
  );
  if (iconOutsideMain) {
    return {
      username: profileUsername(iconOutsideMain) ?? '',
      source: 'dom:navigation bar a[href^="/@"] (no landmark)',
    };
  }
  return null;
}

/** The signed-in account from the navigation bar's profile link; Threads names it nowhere else without opening a menu. */
export function threadsActiveAccount(doc: Document): AccountLookup {
  const found = navigationProfileLink(doc);
  if (found?.username) {
    return { account: { handle: found.username, displayName: found.username, source: found.source } };
  }
  if (doc.querySelector(SELECTORS.loginLink)) {
    return {
      account: null,
      reason: 'threads: signed out (log-in link present, no profile link in the navigation bar)',
    };
  }
  return { account: null, reason: 'threads: no profile link (a[href^="/@"]) in the navigation bar' };
}

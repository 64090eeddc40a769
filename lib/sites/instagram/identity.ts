/**
 * The Instagram account signed in: the profile link of the navigation bar, the one holding the
 * avatar image. Its path is the username; Instagram shows no display name there.
 */

import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { profileUrl, usernameOf } from '@/lib/sites/instagram/urls';
import { closestAny, queryAll } from '@/lib/sites/shared/query';
import { hrefOf, resolveUrl } from '@/lib/sites/shared/urls';
import type { AccountLookup } from '@/lib/sites/types';

/** The account from the navigation bar's avatar link. */
export function findActiveAccount(doc: Document): AccountLookup {
  for (const link of queryAll<HTMLAnchorElement>(doc, SELECTORS.navProfileLink)) {
    const username = usernameOf(hrefOf(link));
    if (!username) continue;
    const avatar = link.querySelector('img')?.getAttribute('src');
    return {
      account: {
        handle: username,
        displayName: username,
        avatarUrl: avatar ? resolveUrl(avatar, link) : undefined,
        source: `dom:nav-profile-link ${profileUrl(username)}`,
      },
    };
  }
  return (
    fromSidebar(doc) ?? {
      account: null,
      reason:
        'instagram: no profile link with an avatar in the navigation bar or the sidebar outside <main> (signed out?)',
    }
  );
}

/**
 * 2026 (sites.md §11): the sidebar link outside <main>, `a[role=link][href="https://www.instagram.com/<user>/"]`
 * holding an image whose alt ends with the username (its first words are localized).
 */
function fromSidebar(doc: Document): AccountLookup | null {
  for (const link of queryAll<HTMLAnchorElement>(doc, SELECTORS.sidebarProfileLink)) {
    if (closestAny(link, SELECTORS.main)) continue;
    const username = usernameOf(hrefOf(link));
    const image = link.querySelector('img');
    const alt = image?.getAttribute('alt')?.trim() ?? '';
    if (!username || !image || !(alt === username || alt.endsWith(` ${username}`))) continue;
    const avatar = image.getAttribute('src');
    return {
      account: {
        handle: username,
        displayName: username,
        avatarUrl: avatar ? resolveUrl(avatar, link) : undefined,
        source: `dom:sidebar-profile-link ${profileUrl(username)}`,
      },
    };
  }
  return null;
}

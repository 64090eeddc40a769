/**
 * The Instagram account signed in: the profile link of the navigation bar, the one holding the
 * avatar image. Its path is the username; Instagram shows no display name there.
 */

import { SELECTORS } from '@/lib/sites/instagram/selectors';
import { profileUrl, usernameOf } from '@/lib/sites/instagram/urls';
import { queryAll } from '@/lib/sites/shared/query';
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
  return { account: null, reason: 'instagram: no profile link with an avatar in the navigation bar (signed out?)' };
}

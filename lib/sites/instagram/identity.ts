/**
 * The Instagram account signed in: the profile link of the navigation bar, the one holding the
 * avatar image. Its path is the username; Instagram shows no display name there.
 */

import { queryAll } from '../shared/query';
import { hrefOf, resolveUrl } from '../shared/urls';
import type { AccountLookup } from '../types';
import { SELECTORS } from './selectors';
import { profileUrl, usernameOf } from './urls';

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

import { SELECTORS } from '@/lib/sites/reddit/selectors';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { AccountLookup } from '@/lib/sites/types';

const USERNAME = /^[\w-]{3,20}$/;

function account(doc: Document, username: string, source: string): AccountLookup {
  return {
    account: {
      handle: username,
      displayName: username,
      avatarUrl: hrefOf(doc.querySelector(SELECTORS.userDrawerAvatar), 'src'),
      source,
    },
  };
}

function signedIn(doc: Document): boolean {
  const flag = doc.querySelector(SELECTORS.loggedInApp)?.getAttribute('user-logged-in');
  return (flag != null && flag !== 'false') || doc.querySelector(SELECTORS.userDrawerButton) !== null;
}

/**
 * The signed-in username: attributes of current-user components first (they are in the page's HTML),
 * then the opened user drawer's profile link. The header button alone proves a session but names no one.
 */
export function redditActiveAccount(doc: Document): AccountLookup {
  for (const selector of SELECTORS.usernameAttribute) {
    const username = doc.querySelector(selector)?.getAttribute('username')?.trim();
    if (username && USERNAME.test(username)) return account(doc, username, `dom:${selector}`);
  }
  const profile = hrefOf(doc.querySelector(SELECTORS.userDrawerProfileLink));
  const fromDrawer = profile ? new URL(profile).pathname.split('/')[2] : undefined;
  if (fromDrawer && USERNAME.test(fromDrawer)) return account(doc, fromDrawer, 'dom:#user-drawer-content');
  if (signedIn(doc)) {
    return {
      account: null,
      reason: 'reddit: signed in, but no username on this page (no username attribute; the user drawer is closed)',
    };
  }
  const loggedOut = SELECTORS.loginLink.some((selector) => doc.querySelector(selector));
  return {
    account: null,
    reason: loggedOut
      ? 'reddit: signed out (log-in link in the header)'
      : 'reddit: no username attribute, user drawer or log-in link found',
  };
}

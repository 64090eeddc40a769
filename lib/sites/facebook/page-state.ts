/** Facebook's page global the account guard reads in the main world (see lib/dom/bridge). */
import { type Json, pick } from '@/lib/sites/shared/page-values';

/** Facebook: `require("CurrentUserInitialData")`; USER_ID is the acting profile, ACCOUNT_ID the person. */
export function readFacebookUser(win: Window): Json | null {
  const require = (win as unknown as Json).require;
  if (typeof require !== 'function') return null;
  try {
    return pick(require('CurrentUserInitialData'), ['USER_ID', 'ACCOUNT_ID', 'NAME', 'SHORT_NAME']);
  } catch {
    // Facebook's require throws for modules that are not defined (yet).
    return null;
  }
}

import { browser } from '@/lib/browser';
import { instanceOrigin } from '@/lib/mastodon/registration';

/** Asks the user to let the extension run on one Mastodon server. Call from a click handler. */
export function requestInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [instanceOrigin(host)] });
}

/** Gives the access back when the user removes a server. */
export function releaseInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [instanceOrigin(host)] });
}

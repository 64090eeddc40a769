/** The user's grant for one server of a network that runs on servers the user adds (Mastodon). */
import { browser } from '@/lib/browser';

/** The match pattern of a server. */
export function serverOrigin(host: string): string {
  return `https://${host}/*`;
}

/** Asks the user to let the extension run on one server (Mastodon). Call from a click handler. */
export function requestInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [serverOrigin(host)] });
}

/** Gives the access back when the user removes a server. */
export function releaseInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [serverOrigin(host)] });
}

import type { SenderKind } from '@/lib/messaging/protocol';
import { networkOfUrl } from '@/lib/networks';

export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Which of this extension's contexts sent a message, or null for anything else: another
 * extension, a page script, or a content script on a host the extension does not serve.
 * `mastodonHosts` (the user's servers, read from the settings) is asked only for a sender that is
 * not an extension page: a page's message (every side panel query) does not wait for a storage read.
 */
export async function classifySender(
  sender: SenderFacts,
  extensionId: string,
  extensionOrigin: string,
  mastodonHosts: () => Promise<readonly string[]>,
): Promise<SenderKind | null> {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && networkOfUrl(sender.url, await mastodonHosts())) return 'content';
  return null;
}

import { browser } from '@/lib/browser';
import type { ContentEnvelope, ContentMessageType, ContentResponses } from '@/lib/messaging/content-protocol';

/** Asks a tab's content script; resolves to null when no content script answers there. */
export async function sendToTab<T extends ContentMessageType>(
  tabId: number,
  type: T,
  data: ContentEnvelope<T>['data'],
): Promise<ContentResponses[T] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type, data })) as ContentResponses[T] | undefined) ?? null;
  } catch {
    return null;
  }
}

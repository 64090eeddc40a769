import { browser } from '@/lib/browser';
import type { ContentEnvelope, ContentMessageType, ContentResponses } from '@/lib/messaging/content-protocol';
import { contentResponseSchemas } from '@/lib/messaging/content-responses';

/**
 * Asks a tab's content script; resolves to its answer once checked against the declared response,
 * or to null when no content script answers there or the answer is not what was declared.
 */
export async function sendToTab<T extends ContentMessageType>(
  tabId: number,
  type: T,
  data: ContentEnvelope<T>['data'],
  frameId?: number,
): Promise<ContentResponses[T] | null> {
  let answer: unknown;
  try {
    const message = { type, data };
    answer = await (frameId === undefined
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId }));
  } catch {
    return null;
  }
  if (answer === undefined) return null;
  const parsed = contentResponseSchemas[type].safeParse(answer);
  if (!parsed.success) {
    console.warn(`${type}: a content script's answer did not match the protocol`, parsed.error.issues[0]);
    return null;
  }
  return parsed.data;
}

/**
 * The one listener of a content script for messages from the extension (side panel, popup,
 * background). Features register a handler per declared message type (lib/messaging/
 * content-protocol.ts); the dispatcher checks the sender and the shape once for all of them.
 */
import type { ContentMessageType, ContentRequest, ContentResponses } from '@/lib/messaging/content-protocol';
import { parseContentMessage } from '@/lib/messaging/content-protocol';

export type ContentHandler<T extends ContentMessageType> = (
  data: ContentRequest<T>,
) => ContentResponses[T] | Promise<ContentResponses[T]>;

export interface ContentDispatcher {
  /** Handles one message type; the last handler registered for a type wins (a feature on a new page). */
  on<T extends ContentMessageType>(type: T, handler: ContentHandler<T>): void;
  /** The runtime.onMessage listener: undefined (no answer) for anything it does not handle. */
  listener(message: unknown, sender: { id?: string; tab?: unknown }): Promise<unknown> | undefined;
}

/**
 * The dispatcher's listener in the form every browser's runtime.onMessage accepts, native or
 * polyfilled: `true` and `sendResponse` later (content scripts use the native API, see
 * lib/content/native-browser.ts; a returned promise is not understood by every Chrome). A handler
 * that fails answers nothing, which the sender reads as no answer.
 */
export function asRuntimeListener(dispatcher: ContentDispatcher) {
  return (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer?: unknown) => void) => {
    const answer = dispatcher.listener(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

/** Only this extension's pages and background talk to content scripts: never a tab (another content script). */
export function createContentDispatcher(extensionId: string): ContentDispatcher {
  const handlers = new Map<ContentMessageType, (data: unknown) => unknown>();
  return {
    on(type, handler) {
      handlers.set(type, handler as (data: unknown) => unknown);
    },
    listener(message, sender) {
      if (sender.id !== extensionId || sender.tab) return undefined;
      const parsed = parseContentMessage(message);
      const handler = parsed && handlers.get(parsed.type);
      if (!parsed || !handler) return undefined;
      return Promise.resolve().then(() => handler(parsed.data));
    },
  };
}

import { type MessageType, protocol, type RequestOf, type ResponseOf } from '@/lib/messaging/protocol';
import { BackgroundError, type ResultCheck, requestBackground } from '@/lib/messaging/request';

export { BackgroundError };

/**
 * For the extension's pages (popup, side panel, report): sends one typed message to the
 * background and returns its result, validated against the protocol's response schema.
 * Content scripts use lib/messaging/content-sender.ts (light schemas, a small bundle).
 */
export function sendToBackground<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return requestBackground(type, data, protocol[type].response as unknown as ResultCheck<ResponseOf<T>>);
}

import { browser } from '@/lib/browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from '@/lib/messaging/protocol';

export class BackgroundError extends Error {}

/** Sends one typed message to the background and returns its result, or throws its refusal. */
export async function sendToBackground<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as Reply<T> | undefined;
  if (!reply) throw new BackgroundError(`${type}: no answer from the background`);
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.result;
}

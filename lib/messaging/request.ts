import { browser } from '@/lib/browser';
import type { MessageType, RequestOf } from '@/lib/messaging/protocol';

export class BackgroundError extends Error {}

/** What the background answers when the browser refused a write for lack of space. */
export const STORAGE_FULL = 'storage full';

/** The background could not write because the browser's storage is full (nothing was written). */
export function isStorageFullError(error: unknown): boolean {
  return error instanceof BackgroundError && error.message.endsWith(STORAGE_FULL);
}

/** A schema's check, the one thing the senders need of zod or of a small schema. */
export interface ResultCheck<R> {
  safeParse(value: unknown): { success: true; data: R } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Sends one message to the background and returns its result once checked against the declared
 * response, or throws the background's refusal or the first field that does not match.
 */
export async function requestBackground<T extends MessageType, R>(
  type: T,
  data: RequestOf<T>,
  check: ResultCheck<R>,
): Promise<R> {
  const reply: unknown = await browser.runtime.sendMessage({ type, data });
  if (!reply || typeof reply !== 'object') throw new BackgroundError(`${type}: no answer from the background`);
  const { ok, result, error } = reply as { ok?: unknown; result?: unknown; error?: unknown };
  if (ok !== true) throw new BackgroundError(typeof error === 'string' ? error : `${type}: refused`);
  const parsed = check.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackgroundError(
      `${type}: unexpected answer at ${issue?.path.join('.') || '(result)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

import type { CaptureRequest } from '@/lib/capture/build';
import { buildCapture, postKey } from '@/lib/capture/build';
import {
  ACK_BACKOFF_MS,
  ACK_DEADLINE_MS,
  isTransientMessagingError,
  retryUntilAcknowledged,
} from '@/lib/capture/retry';
import { now } from '@/lib/clock';
import type { CaptureOverlay } from '@/lib/content/features/capture/overlay';
import type { SiteContext } from '@/lib/content/site-context';
import { tr } from '@/lib/content/ui/texts';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { isStorageFullError } from '@/lib/messaging/request';
import type { ScrapedPost } from '@/lib/sites/types';

export type CaptureSource = 'control' | 'command' | 'menu' | 'auto';

/** Retries after which the toast says the extension is waking up rather than staying silent. */
const SAY_WAITING_AFTER = 2;
declare const __CMC_TEST_HOOKS__: boolean | undefined;
/**
 * While the browser's storage is full, captures wait in the page and are tried again this often
 * (every 2 s in test builds, so the browser test need not wait half a minute).
 */
export const STORAGE_FULL_RETRY_MS = typeof __CMC_TEST_HOOKS__ !== 'undefined' && __CMC_TEST_HOOKS__ ? 2_000 : 30_000;

/**
 * Captures posts for this page: confirms at once (toast and the control's state, in the same task
 * as the click, so on screen by the next frame), then sends to the background until it
 * acknowledges, and corrects the toast with the real result. Remembers what this page captured.
 */
export interface CaptureFlow {
  capture(post: ScrapedPost, source: CaptureSource, keyword?: string): Promise<boolean>;
  /** Keys (see postKey) captured on this page since it loaded. */
  isCaptured(post: ScrapedPost): boolean;
}

/**
 * The post read again alone from its element, now: a site may have filled what the last scan
 * saw empty (Facebook writes a story's link when the pointer reaches it). The scanned post when
 * the element is gone.
 */
function readAgain(site: SiteContext, post: ScrapedPost): ScrapedPost {
  if (!post.element.isConnected) return post;
  const fresh = site.adapter.postFrom(post.element);
  return fresh?.element === post.element ? fresh : post;
}

export function createCaptureFlow(site: SiteContext, overlay: CaptureOverlay, onChange: () => void): CaptureFlow {
  const captured = new Set<string>();
  const { ctx } = site;
  const sleep = (ms: number) => new Promise<void>((done) => ctx.setTimeout(done, ms));

  const say = (key: 'captureToastCaptured' | 'captureToastUpdated', source: CaptureSource, keyword?: string) =>
    source === 'auto' && key === 'captureToastCaptured' && keyword ? tr('captureToastAuto', [keyword]) : tr(key);

  // Captures the background could not write because storage is full: kept here, tried again
  // later on a timer of the content script (not of the page), so a navigation does not drop them.
  const waiting = new Map<string, CaptureRequest>();
  let flushPlanned = false;
  const planFlush = () => {
    if (flushPlanned) return;
    flushPlanned = true;
    site.script.ctx.setTimeout(() => void flush(), STORAGE_FULL_RETRY_MS);
  };
  const flush = async () => {
    flushPlanned = false;
    for (const [key, request] of waiting) {
      try {
        await sendToBackground('captureToInbox', request);
        waiting.delete(key);
      } catch (error) {
        if (isStorageFullError(error)) {
          planFlush();
          return;
        }
        waiting.delete(key);
      }
    }
    overlay.toast(() => tr('captureToastStorageSaved'), 'info', { state: 'done' });
  };

  return {
    isCaptured: (post) => captured.has(postKey(post)),
    async capture(seen, source, keyword) {
      const post = readAgain(site, seen);
      const key = postKey(post);
      // The key the page's scan gave it too, so the control shows it captured before the next scan.
      const seenKey = postKey(seen);
      const known = captured.has(key);
      const request = buildCapture(post, {
        pageUrl: location.href,
        account: site.account().account,
        capturedAt: now(),
      });
      if (!request) {
        overlay.toast(() => tr('captureToastFailed', [location.href]), 'error', { state: 'failed' });
        return false;
      }
      captured.add(key);
      captured.add(seenKey);
      onChange();
      overlay.toast(() => say(known ? 'captureToastUpdated' : 'captureToastCaptured', source, keyword), 'info', {
        state: 'pending',
        attempts: 0,
      });
      const outcome = await retryUntilAcknowledged(() => sendToBackground('captureToInbox', request), {
        delays: ACK_BACKOFF_MS,
        deadlineMs: ACK_DEADLINE_MS,
        isRetryable: isTransientMessagingError,
        sleep,
        now,
        signal: ctx.signal,
        onRetry: (attempt) => {
          if (attempt > SAY_WAITING_AFTER)
            overlay.toast(() => tr('captureToastSaving'), 'info', { state: 'pending', attempts: attempt - 1 });
        },
      });
      if (outcome.ok) {
        // A retry after a lost answer finds the item it wrote itself: that is still a new capture.
        const isNew = outcome.value.created || (outcome.attempts > 1 && !known);
        overlay.toast(() => say(isNew ? 'captureToastCaptured' : 'captureToastUpdated', source, keyword), 'info', {
          state: 'done',
          attempts: outcome.attempts,
        });
        return true;
      }
      if (isStorageFullError(outcome.error)) {
        waiting.set(key, request);
        planFlush();
        overlay.toast(() => tr('captureToastStorageFull'), 'error', { state: 'queued', attempts: outcome.attempts });
        return false;
      }
      if (!known) {
        captured.delete(key);
        captured.delete(seenKey);
      }
      onChange();
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      console.warn(
        `CM Companion: capture of ${key} failed after ${outcome.attempts} attempts (${outcome.reason})`,
        reason,
      );
      overlay.toast(() => tr('captureToastFailed', [reason]), 'error', { state: 'failed', attempts: outcome.attempts });
      return false;
    },
  };
}

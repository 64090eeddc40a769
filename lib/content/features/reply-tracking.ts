import { composerText } from '@/lib/content/composer-text';
import type { ContentFeature } from '@/lib/content/site-context';
import { submissionOf } from '@/lib/content/submission';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { waitUntil } from '@/lib/wait-until';

/** How long after a send attempt the box may take to empty before we stop watching it. */
const SENT_WATCH_MS = 10_000;

/**
 * When the user's reply to a post is really sent (the site empties or closes the box after a send
 * through one of its paths), the inbox item of that post, if there is one, becomes answered with
 * its response time. A send the guard holds or the site refuses leaves the box full: nothing is marked.
 */
export const replyTrackingFeature: ContentFeature = (site) => {
  const watching = new WeakSet<HTMLElement>();
  const onAttempt = (event: Event) => {
    const composer = submissionOf(site, event)?.composer;
    if (!composer?.answering?.id || watching.has(composer.element) || composerText(composer).trim() === '') return;
    const postId = composer.answering?.id ?? '';
    watching.add(composer.element);
    const emptied = () => !composer.element.isConnected || composerText(composer).trim() === '';
    // The site may navigate once the reply is sent: the watch outlives the page.
    void waitUntil(emptied, { signal: site.script.ctx.signal, timeoutMs: SENT_WATCH_MS, intervalMs: 200 }).then(
      (sent) => {
        watching.delete(composer.element);
        if (!sent) return;
        void sendToBackground('markInboxAnswered', { id: `${site.adapter.network}:${postId}`, via: 'page' }).catch(
          () => undefined, // No inbox item for that post: nothing to mark.
        );
      },
    );
  };
  for (const type of ['click', 'keydown', 'submit'] as const) {
    site.ctx.addEventListener(site.doc, type, onAttempt, { capture: true });
  }
};

import { sendToBackground } from '../../messaging/client';
import type { Composer, SubmitPath } from '../../sites/types';
import { composerText } from '../composer-text';
import type { ContentFeature, SiteContext } from '../site-context';

/** How long after a send attempt the box may take to empty before we stop watching it. */
const SENT_WATCH_MS = 10_000;

function pathMatches(path: SubmitPath, event: Event): boolean {
  const target = event.target as Node | null;
  if (!target) return false;
  if (path.kind === 'click') return event.type === 'click' && path.element.contains(target);
  if (path.kind === 'form') return event.type === 'submit' && path.form === target;
  const key = event as KeyboardEvent;
  return (
    event.type === 'keydown' &&
    key.key === 'Enter' &&
    !key.shiftKey &&
    (!path.ctrlOrMeta || key.ctrlKey || key.metaKey) &&
    path.target.contains(target)
  );
}

/** The reply box that this click, key or submit sends, if it is one of the site's send paths. */
function replyBoxSentBy(site: SiteContext, event: Event): Composer | null {
  for (const composer of site.findings().composers) {
    if (!composer.answering?.id || !composer.element.isConnected) continue;
    if (site.adapter.submitPaths(composer).some((path) => pathMatches(path, event))) return composer;
  }
  return null;
}

/**
 * When the user's reply to a post is really sent (the site empties or closes the box after a send
 * through one of its paths), the inbox item of that post, if there is one, becomes answered with
 * its response time. A send the guard holds or the site refuses leaves the box full: nothing is marked.
 */
export const replyTrackingFeature: ContentFeature = (site) => {
  const watching = new WeakSet<HTMLElement>();
  const onAttempt = (event: Event) => {
    const composer = replyBoxSentBy(site, event);
    if (!composer || watching.has(composer.element) || composerText(composer) === '') return;
    const postId = composer.answering?.id ?? '';
    watching.add(composer.element);
    const started = Date.now();
    const poll = () => {
      if (!composer.element.isConnected || composerText(composer) === '') {
        watching.delete(composer.element);
        void sendToBackground('markInboxAnswered', { id: `${site.adapter.network}:${postId}`, via: 'page' }).catch(
          () => undefined, // No inbox item for that post: nothing to mark.
        );
      } else if (Date.now() - started < SENT_WATCH_MS) {
        site.ctx.setTimeout(poll, 200);
      } else {
        watching.delete(composer.element);
      }
    };
    site.ctx.setTimeout(poll, 200);
  };
  for (const type of ['click', 'keydown', 'submit'] as const) {
    site.ctx.addEventListener(site.doc, type, onAttempt, { capture: true });
  }
};

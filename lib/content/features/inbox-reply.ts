import type { ContentFeature, SiteContext } from '@/lib/content/site-context';
import { PENDING_REPLY_KEY } from '@/lib/inbox/pending-reply';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { isPublicBox } from '@/lib/sites/box-kinds';
import type { Composer } from '@/lib/sites/types';
import { storedView } from '@/lib/storage/stored-view';
import { waitUntil } from '@/lib/wait-until';

/** Whether a hand-over waits at all (the background validates and claims it). */
const pendingReply = storedView(PENDING_REPLY_KEY, (stored) => stored ?? null);

/** How long the page waits for the reply box to appear (the site may still be rendering it). */
const WAIT_FOR_BOX_MS = 20_000;

/** The reply box of that post, else any reply or comment box on the page (a post page has one). */
function replyBoxFor(site: SiteContext, postId: string): Composer | null {
  // A one-off hand-over (the inbox's Reply opened this tab): the whole page is read until the box shows.
  const boxes = site.allComposers().filter((box) => box.element.isConnected && isPublicBox(box.kind));
  return (
    boxes.find((box) => box.answering?.id === postId) ??
    boxes.find((box) => box.kind === 'reply' || box.kind === 'comment') ??
    null
  );
}

/**
 * The inbox's "Reply" on this tab: bring the reply box of the captured post into view, put the
 * caret in it and open the template picker, ranked for the post it answers; for "Take it
 * private", insert the invitation to continue in private messages. The user reads and sends.
 */
async function answer(site: SiteContext): Promise<boolean> {
  // Read locally first: most pages load with nothing pending, and need not wake the background.
  if (!(await pendingReply.read())) return false;
  const { postId, text } = await sendToBackground('claimPendingReply', {}).catch(() => ({
    postId: null,
    text: null,
  }));
  if (!postId) return false;
  const box = await waitUntil(() => replyBoxFor(site, postId), {
    signal: site.ctx.signal,
    timeoutMs: WAIT_FOR_BOX_MS,
    intervalMs: 300,
  });
  if (!box) {
    console.warn(`${site.adapter.network}: inbox reply: no reply box for ${postId} on ${location.pathname}`);
    return false;
  }
  box.element.scrollIntoView({ block: 'center' });
  box.element.focus();
  // "Take it private" sends the invitation ready to go in; "Reply" lets the user pick.
  if (text) return (await site.insert(box, text)).ok;
  return site.runCommand('open-template-picker');
}

export const inboxReplyFeature: ContentFeature = (site) => {
  void answer(site);
  site.onMessage('replyFor', () => {
    void answer(site);
    return { handled: true };
  });
};

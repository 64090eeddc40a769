/**
 * Publishing a planned post: when the calendar opened this tab on the network's composer, fill
 * the variant into the site's post box through the site layer, then watch the site's own submit
 * paths; once the post has left (the box cleared or closed after a send), tell the background,
 * which marks the entry published. The user sends; the account guard checks who sends.
 */

import { PENDING_PUBLISH_KEY } from '@/lib/calendar/pending-publish';
import { composerText, flatText } from '@/lib/content/composer-text';
import { setExpectedAccount } from '@/lib/content/features/guard/expected';
import type { ContentFeature, SiteContext } from '@/lib/content/site-context';
import { matchSubmission } from '@/lib/content/submission';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { Composer } from '@/lib/sites/types';
import { storedView } from '@/lib/storage/stored-view';
import { waitUntil } from '@/lib/wait-until';

/** Whether a hand-over waits at all (the background validates and claims it). */
const pendingPublish = storedView(PENDING_PUBLISH_KEY, (stored) => stored ?? null);

const FIND_TIMEOUT_MS = 20_000;
/** Editors mount after the markup: let the page settle before filling. */
const SETTLE_MS = 400;
const SENT_WATCH_MS = 10 * 60_000;
const RETRY_MS = 500;

interface Pending {
  entryId: string;
  network: string;
  text: string;
  expectedAccount: string;
}

/** The box a new post is written in: a post composer in a dialog first (X's /compose/post), else any post box. */
export function pickPostComposer(composers: readonly Composer[]): Composer | null {
  const posts = composers.filter((composer) => composer.kind === 'post');
  const inDialog = posts.find((composer) => composer.element.closest('[role="dialog"], [aria-modal="true"]'));
  return inDialog ?? posts[0] ?? null;
}

function waitForComposer(site: SiteContext): Promise<Composer | null> {
  return new Promise((resolve) => {
    let done = false;
    let stop = () => {};
    const finish = (composer: Composer | null) => {
      if (done) return;
      done = true;
      stop();
      resolve(composer);
    };
    // Only when a box appears is the page read again (a one-off hand-over, in the tab the calendar opened).
    let settling = false;
    const check = () => {
      if (settling || !pickPostComposer(site.allComposers())) return;
      settling = true;
      site.ctx.setTimeout(() => finish(pickPostComposer(site.allComposers())), SETTLE_MS);
    };
    stop = site.watch(site.adapter.composerSelector, check);
    site.ctx.setTimeout(() => finish(null), FIND_TIMEOUT_MS);
  });
}

/**
 * Fills the box, retrying while the site's editor is still mounting (its model not reachable
 * yet), never filling twice. `onTarget` learns each box tried, so a send right after the
 * insertion is already watched.
 */
async function fill(
  site: SiteContext,
  pending: Pending,
  onTarget: (composer: Composer) => void,
): Promise<Composer | null> {
  const wanted = flatText(pending.text).slice(0, 40);
  let lastFailure = '';
  const filled = await waitUntil(
    async () => {
      const composer = pickPostComposer(site.allComposers());
      if (!composer) return null;
      onTarget(composer);
      // The account guard holds a send from any other account than the planned one.
      if (pending.expectedAccount) {
        setExpectedAccount(composer.element, {
          network: site.adapter.network,
          handle: pending.expectedAccount,
          source: 'calendar',
        });
      }
      if (wanted && flatText(composerText(composer)).includes(wanted)) return composer;
      composer.element.focus();
      const outcome = await site.insert(composer, pending.text);
      if (outcome.ok) return composer;
      lastFailure = outcome.detail;
      return null;
    },
    { signal: site.ctx.signal, timeoutMs: FIND_TIMEOUT_MS, intervalMs: RETRY_MS },
  );
  if (!filled) {
    console.warn(`${site.adapter.network}: publish: the text was not inserted (${lastFailure || 'no post box'})`);
  }
  return filled;
}

/** After a submit through one of the site's paths, waits for the box to empty or close, then reports. */
function watchSubmit(site: SiteContext, pending: Pending, current: () => Composer | null): void {
  const wanted = flatText(pending.text).slice(0, 40);
  let watching = false;
  let reported = false;
  let composer: Composer | null = null;
  const isSubmit = (event: Event) => {
    composer = current();
    return composer?.element.isConnected === true && matchSubmission(event, [composer], site.adapter) !== null;
  };
  const sent = () => {
    if (!composer?.element.isConnected) return true;
    return wanted !== '' && !flatText(composerText(composer)).includes(wanted);
  };
  const onAttempt = (event: Event) => {
    if (watching || reported || !isSubmit(event)) return;
    watching = true;
    void waitUntil(sent, { signal: site.ctx.signal, timeoutMs: SENT_WATCH_MS, intervalMs: 250 }).then((left) => {
      // Held (the guard) or refused by the site: keep listening for the next attempt.
      watching = false;
      if (!left) return;
      reported = true;
      void sendToBackground('markCalendarPublished', {
        entryId: pending.entryId,
        network: site.adapter.network,
      }).catch((error: unknown) => console.warn(`${site.adapter.network}: publish: not marked published`, error));
    });
  };
  for (const type of ['click', 'keydown', 'submit'] as const) {
    site.ctx.addEventListener(site.doc, type, onAttempt, { capture: true });
  }
}

async function publishPlanned(site: SiteContext): Promise<void> {
  // Read locally first: most pages load with nothing pending, and need not wake the background.
  if (!(await pendingPublish.read())) return;
  const { pending } = await sendToBackground('claimPendingPublish', {}).catch(() => ({ pending: null }));
  if (!pending || pending.network !== site.adapter.network) return;
  const composer = await waitForComposer(site);
  if (!composer) {
    console.warn(`${site.adapter.network}: publish: no post box found on ${location.pathname}`);
    return;
  }
  let target: Composer | null = null;
  watchSubmit(site, pending, () => target);
  await fill(site, pending, (composer) => {
    target = composer;
  });
}

/**
 * Started on every network page; acts only in a tab the calendar opened for a planned post. The
 * hand-over outlives the page: the site may navigate between filling the box and sending.
 */
export const publishFeature: ContentFeature = (site) => {
  void publishPlanned(site.script);
};

import { buildCapture } from '@/lib/capture/build';
import { now } from '@/lib/clock';
import type { CaptureOverlay } from '@/lib/content/features/capture/overlay';
import type { SiteContext } from '@/lib/content/site-context';
import { tr } from '@/lib/content/ui/texts';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { ScrapedPost } from '@/lib/sites/types';

/** The text selected inside the post, if the user selected some there. */
function selectionIn(doc: Document, element: HTMLElement): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode) return '';
  return element.contains(selection.anchorNode) ? selection.toString().trim() : '';
}

/**
 * "Save as idea" on a post: its link, the selected words of it (else its text), its author and
 * network go to the calendar as an idea. The toast says so, or why not. In the page tools
 * loaded on the first click (lib/content/features/capture/index.ts).
 */
export type SaveIdea = (site: SiteContext, overlay: CaptureOverlay, post: ScrapedPost) => Promise<void>;

export const saveIdea: SaveIdea = async (site, overlay, post) => {
  const capture = buildCapture(post, { pageUrl: location.href, account: null, capturedAt: now() });
  if (!capture) {
    overlay.toast(() => tr('ideas_saveFailed', [location.href]), 'error', { state: 'failed' });
    return;
  }
  try {
    await sendToBackground('saveIdea', {
      url: capture.permalink,
      quote: (selectionIn(site.doc, post.element) || capture.text).slice(0, 10_000),
      author: capture.authorName || capture.authorHandle,
      authorUrl: capture.authorUrl,
      network: capture.network,
      pageTitle: '',
    });
    overlay.toast(() => tr('ideas_saved'), 'info', { state: 'idea' });
  } catch (error) {
    overlay.toast(() => tr('ideas_saveFailed', [error instanceof Error ? error.message : String(error)]), 'error', {
      state: 'failed',
    });
  }
};

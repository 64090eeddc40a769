/**
 * What the picker knows about the box it serves: the values for template variables (the post
 * being answered, the active account, brand, network, date) and the text around the insertion.
 */
import { nowDate } from '@/lib/clock';
import type { SiteContext } from '@/lib/content/site-context';
import type { Composer } from '@/lib/sites/types';
import type { RenderContext } from '@/lib/templates/variables';

/** Variable values for the composer, from the page and settings. */
export function renderContextFor(
  site: SiteContext,
  composer: Composer,
  brand: string,
  locale: string,
  fields: Record<string, string>,
): RenderContext {
  const post = composer.answering;
  const account = site.account().account;
  return {
    author: post ? { name: post.authorName, handle: post.authorHandle } : null,
    me: account ? { name: account.displayName, handle: account.handle } : null,
    brand,
    network: site.adapter.network,
    postLink: post?.permalink,
    now: nowDate(),
    locale,
    fields,
  };
}

/** The box's text as the user sees it (what the network counts towards its limit). */
export function boxText(composer: Composer): string {
  const el = composer.element;
  // innerText, not textContent: line breaks between paragraphs count towards the limit.
  // biome-ignore lint/performance/useDomNodeTextContent: see above.
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
}

/** The box's text without the trigger and filter that insertion replaces. */
export function existingText(text: string, replaced: string): string {
  const at = replaced ? text.lastIndexOf(replaced) : -1;
  const kept = at === -1 ? text : text.slice(0, at) + text.slice(at + replaced.length);
  return kept.replace(/\n$/, '');
}

import { editorOf } from '@/lib/dom/detect-editor';
import type { PageFindings } from '@/lib/sites/health';
import type { Composer, PageState, ScrapedPost, SiteAdapter } from '@/lib/sites/types';

/** What `read` answers; if an adapter throws anyway, the page keeps working and the console says where. */
export function attempt<T>(read: () => T, fallback: T, label: string): T {
  try {
    return read();
  } catch (error) {
    console.warn(`CM Companion: ${label} failed`, error);
    return fallback;
  }
}

/** The adapter's editor label is a hint: the box's own marks say which editor it is. */
export function withDetectedEditor(composer: Composer): Composer {
  // Assigned, not spread: spreading would read the box's answered post, which is read on demand.
  return Object.assign(composer, { editor: editorOf(composer.element, composer.editor) });
}

/** Every box on the page, editors detected. */
export function composersOnPage(adapter: SiteAdapter, doc: Document): Composer[] {
  return attempt(() => adapter.composers(doc).map(withDetectedEditor), [], `${adapter.network} composers`);
}

/**
 * Everything the adapter finds on the whole page now, for Site health (an explicit user action);
 * a failing part degrades to "not found".
 */
export function scanPage(adapter: SiteAdapter, doc: Document, pageState: PageState | undefined): PageFindings {
  return {
    account: attempt(
      () => adapter.activeAccount(doc, pageState),
      { account: null, reason: `${adapter.network}: reading the account failed` },
      `${adapter.network} activeAccount`,
    ),
    composers: composersOnPage(adapter, doc),
    posts: attempt<ScrapedPost[]>(() => adapter.posts(doc), [], `${adapter.network} posts`),
  };
}

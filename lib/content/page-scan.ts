import { editorOf } from '@/lib/dom/detect-editor';
import type { PageFindings } from '@/lib/sites/health';
import type { Composer, PageState, ScrapedPost, SiteAdapter } from '@/lib/sites/types';

function attempt<T>(read: () => T, fallback: T, label: string): T {
  try {
    return read();
  } catch (error) {
    // Adapters must not throw; if one does, the page keeps working and the console says where.
    console.warn(`CM Companion: ${label} failed`, error);
    return fallback;
  }
}

/** Everything the adapter finds on the page now; a failing part degrades to "not found". */
export function scanPage(adapter: SiteAdapter, doc: Document, pageState: PageState | undefined): PageFindings {
  return {
    account: attempt(
      () => adapter.activeAccount(doc, pageState),
      { account: null, reason: `${adapter.network}: reading the account failed` },
      `${adapter.network} activeAccount`,
    ),
    // The adapter's editor label is a hint: the box's own marks say which editor it is.
    composers: attempt<Composer[]>(
      () =>
        adapter
          .composers(doc)
          .map((composer) => ({ ...composer, editor: editorOf(composer.element, composer.editor) })),
      [],
      `${adapter.network} composers`,
    ),
    posts: attempt<ScrapedPost[]>(() => adapter.posts(doc), [], `${adapter.network} posts`),
  };
}

/** The composer an element belongs to (the editable root itself or anything inside it). */
export function composerOf(composers: readonly Composer[], node: Node | null): Composer | null {
  if (!node) return null;
  return composers.find((composer) => composer.element === node || composer.element.contains(node)) ?? null;
}

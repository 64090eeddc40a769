/**
 * Site health's layout check and page structure are read on demand only (the popup opening, a
 * bug report), so their code lives in the page tools (entrypoints/page-tools.ts) that the
 * background injects on first use, not in every page's content script. This is their side in every
 * page: it remembers the last box no composer claimed, and loads the diagnosis when it is asked for.
 */

import type { PageDiagnosis } from '@/lib/content/page-diagnosis';
import { loadPageTools } from '@/lib/content/page-tools';
import { isTypingBox, unclaimedBoxKind } from '@/lib/sites/box-kinds';
import type { PageFindings } from '@/lib/sites/health';
import type { LayoutCheck } from '@/lib/sites/recognition';
import type { SiteAdapter } from '@/lib/sites/types';

export interface LazyPageDiagnosis {
  /** A focused element no composer claimed: a box of no known kind is warned about at once. */
  focusedUnclaimed(node: Element): void;
  reset(): void;
  /** Undefined when the page tools could not be loaded (Site health then says nothing of the layout). */
  layout(findings: PageFindings): Promise<LayoutCheck | undefined>;
  structure(findings: PageFindings): Promise<string | null>;
}

export function lazyPageDiagnosis(adapter: SiteAdapter, doc: Document): LazyPageDiagnosis {
  let diagnosis: PageDiagnosis | undefined;
  let unclaimed: WeakRef<Element> | null = null;
  const load = async (): Promise<PageDiagnosis | undefined> => {
    diagnosis ??= (await loadPageTools())?.createPageDiagnosis(adapter, doc);
    const box = unclaimed?.deref();
    if (box?.isConnected) diagnosis?.focusedUnclaimed(box);
    unclaimed = null;
    return diagnosis;
  };
  return {
    focusedUnclaimed(node) {
      if (!isTypingBox(node)) return;
      unclaimed = new WeakRef(node);
      if (unclaimedBoxKind(node) === 'other') void load();
    },
    reset() {
      unclaimed = null;
      diagnosis?.reset();
    },
    async layout(findings) {
      return (await load())?.layout(findings);
    },
    async structure(findings) {
      return (await load())?.structure(findings) ?? null;
    },
  };
}

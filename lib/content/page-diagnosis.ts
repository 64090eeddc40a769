/**
 * What Site health adds to the adapter's findings, on demand only: whether the page's layout is
 * recognised (and, when the user focuses a box no adapter claims, a console warning naming it),
 * and the page's structure for a bug report. Nothing here runs on page mutations.
 */

import { isTypingBox, unclaimedBoxKind } from '@/lib/sites/box-kinds';
import type { PageFindings } from '@/lib/sites/health';
import { readAndName } from '@/lib/sites/layouts';
import { blindWarning, boxShape, checkLayout, type LayoutCheck, type UnclaimedBox } from '@/lib/sites/recognition';
import { pageStructure } from '@/lib/sites/structure';
import type { SiteAdapter } from '@/lib/sites/types';

export interface PageDiagnosis {
  /** A focused element no composer claimed: remembered when it is a box, warned about once. */
  focusedUnclaimed(node: Element): void;
  /** The page changed: the last unclaimed box belongs to the old one. */
  reset(): void;
  layout(findings: PageFindings): LayoutCheck;
  structure(findings: PageFindings): string;
}

export function createPageDiagnosis(adapter: SiteAdapter, doc: Document): PageDiagnosis {
  let unclaimed: UnclaimedBox | null = null;
  const warned = new WeakSet<Element>();
  const layoutNameOf = (el: HTMLElement) => (adapter.layouts ? readAndName(adapter.layouts, el)?.layout : undefined);
  return {
    focusedUnclaimed(node) {
      if (!isTypingBox(node)) return;
      unclaimed = { kind: unclaimedBoxKind(node), shape: boxShape(node) };
      if (unclaimed.kind === 'other' && !warned.has(node)) {
        warned.add(node);
        console.warn(
          blindWarning(adapter.network, {
            recognised: false,
            postLike: 0,
            posts: 0,
            byLayout: {},
            unclaimedBox: unclaimed,
            missing: [`a focused box no layout claims (${unclaimed.shape}): no templates or account guard in it`],
          }),
        );
      }
    },
    reset() {
      unclaimed = null;
    },
    layout(findings) {
      const byLayout: Record<string, number> = {};
      for (const post of findings.posts) {
        const name = layoutNameOf(post.element) ?? post.kind;
        byLayout[name] = (byLayout[name] ?? 0) + 1;
      }
      const check = checkLayout({
        network: adapter.network,
        root: doc,
        posts: findings.posts,
        byLayout,
        unclaimedBox: unclaimed,
      });
      if (!check.recognised) console.warn(blindWarning(adapter.network, check));
      return check;
    },
    structure(findings) {
      const marks = new Map<Element, string>();
      for (const post of findings.posts) {
        const layout = layoutNameOf(post.element);
        marks.set(post.element, `${post.kind}${layout ? ` (${layout})` : ''}`);
      }
      for (const composer of findings.composers)
        marks.set(composer.element, `box: ${composer.kind} (${composer.editor})`);
      return pageStructure(doc, marks);
    },
  };
}

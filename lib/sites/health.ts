/**
 * What an adapter found on the current page, as plain data: the side panel's "Site health" view
 * shows it in the user's language, and "Copy report" turns it into text for a bug report.
 */
import type { Network } from '@/lib/networks';
import type { LayoutCheck } from '@/lib/sites/recognition';
import type { AccountLookup, Composer, ComposerKind, EditorKind, ScrapedPost, SiteAdapter } from '@/lib/sites/types';

/** One insertion on this page: the editor detected and the techniques tried; never the text. */
export interface InsertionRecord {
  ok: boolean;
  editor: EditorKind | 'none';
  tried: string[];
  /** How long the insertion took until the model held the text (successes only). */
  ms?: number;
}

/** Keeps the last insertions of the page for Site health (a few: it is a diagnosis, not a log). */
export function recordInsertion(
  list: InsertionRecord[],
  outcome: { ok: boolean; editor?: EditorKind; tried?: string[]; ms?: number },
) {
  const { ok, editor = 'none', tried = [], ms } = outcome;
  list.push(ms === undefined ? { ok, editor, tried: [...tried] } : { ok, editor, tried: [...tried], ms });
  if (list.length > 10) list.splice(0, list.length - 10);
}

export interface SiteHealth {
  network: Network;
  url: string;
  identity: { handle: string; displayName: string; source: string } | { handle: null; reason: string };
  composers: { count: number; kinds: Partial<Record<ComposerKind, number>>; editors: string[] };
  submitPaths: { count: number; composersWithout: number };
  posts: { count: number; withPermalink: number; withTime: number; sample: string[] };
  /** Insertions that failed on this page (editor detected, techniques tried), latest last. */
  insertFailures: { editor: string; tried: string[] }[];
  /** The last insertions on this page, successes included (no text). */
  insertions: InsertionRecord[];
  /** Whether the adapter reads this page's layout (absent where the page was not checked). */
  layout?: LayoutCheck;
}

export interface PageFindings {
  account: AccountLookup;
  composers: Composer[];
  posts: ScrapedPost[];
}

/** Summarises what the adapter found; never throws, whatever the page looks like. */
export function summariseHealth(
  adapter: SiteAdapter,
  url: string,
  found: PageFindings,
  insertions: readonly InsertionRecord[] = [],
  layout?: LayoutCheck,
): SiteHealth {
  const kinds: Partial<Record<ComposerKind, number>> = {};
  let paths = 0;
  let composersWithout = 0;
  for (const composer of found.composers) {
    kinds[composer.kind] = (kinds[composer.kind] ?? 0) + 1;
    const count = safeCount(() => adapter.submitPaths(composer).length);
    paths += count;
    if (count === 0) composersWithout += 1;
  }
  const { account } = found;
  return {
    network: adapter.network,
    url,
    identity: account.account
      ? { handle: account.account.handle, displayName: account.account.displayName, source: account.account.source }
      : { handle: null, reason: account.reason },
    composers: {
      count: found.composers.length,
      kinds,
      editors: [...new Set(found.composers.map((composer) => composer.editor))],
    },
    submitPaths: { count: paths, composersWithout },
    posts: {
      count: found.posts.length,
      withPermalink: found.posts.filter((post) => post.permalink).length,
      withTime: found.posts.filter((post) => post.publishedAt).length,
      sample: found.posts.slice(0, 3).map((post) => `${post.authorHandle}: ${post.text.slice(0, 60)}`),
    },
    insertFailures: insertions
      .filter((insertion) => !insertion.ok)
      .map(({ editor, tried }) => ({ editor, tried: [...tried] })),
    insertions: insertions.map((insertion) => ({ ...insertion, tried: [...insertion.tried] })),
    ...(layout ? { layout } : {}),
  };
}

function safeCount(count: () => number): number {
  try {
    return count();
  } catch {
    return 0;
  }
}

/** The report as plain text for a bug report (English on purpose: maintainers read it). */
export function healthReportText(health: SiteHealth, version: string): string {
  const identity =
    health.identity.handle === null
      ? `not found (${health.identity.reason})`
      : `@${health.identity.handle} "${health.identity.displayName}" via ${health.identity.source}`;
  const kinds = Object.entries(health.composers.kinds)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return [
    `CM Companion ${version} — site health`,
    `network: ${health.network}`,
    `page: ${redactUrl(health.url)}`,
    `identity: ${identity}`,
    `composers: ${health.composers.count}${kinds ? ` (${kinds}; editors: ${health.composers.editors.join(', ')})` : ''}`,
    `submit paths: ${health.submitPaths.count}${health.submitPaths.composersWithout ? `, ${health.submitPaths.composersWithout} composer(s) without any` : ''}`,
    `posts: ${health.posts.count} (${health.posts.withPermalink} with link, ${health.posts.withTime} with time)`,
    ...(health.layout
      ? [
          health.layout.recognised
            ? `layout: recognised${
                Object.keys(health.layout.byLayout).length
                  ? ` (${Object.entries(health.layout.byLayout)
                      .map(([name, count]) => `${count} via ${name}`)
                      .join(', ')})`
                  : ''
              }`
            : `layout: NOT RECOGNISED: ${health.layout.missing.join('; ')}`,
        ]
      : []),
    ...health.insertFailures.map(
      (failure) => `insertion failed: ${failure.editor}, tried ${failure.tried.join(', ') || 'nothing'}`,
    ),
  ].join('\n');
}

/** Keeps the path (what page type it is) but drops the query, which may carry personal data. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(unknown)';
  }
}

/**
 * What the reports read: inbox items, calendar entries and audit events, as the background
 * loads them for a range, and the dashboard's network and account filters over them.
 */

import type { AuditEvent } from '@/lib/audit/event';
import type { CalendarEntry } from '@/lib/calendar/entry';
import type { FollowerSample } from '@/lib/growth/samples';
import type { InboxItem } from '@/lib/inbox/item';
import type { Network } from '@/lib/networks';

export interface ReportDataset {
  items: readonly InboxItem[];
  posts: readonly CalendarEntry[];
  events: readonly AuditEvent[];
  /** The brand accounts' follower samples (growth), when loaded. */
  followers?: readonly FollowerSample[];
}

export interface ReportFilter {
  network?: Network;
  /** A handle (with or without @): the account an item was captured as, a post planned from, a guard check expected. */
  account?: string;
}

const handleKey = (handle: string | undefined) => (handle ?? '').trim().replace(/^@/, '').toLowerCase();

/** The dataset seen through the filters. A post planned for several networks keeps only the chosen one. */
export function filterDataset(data: ReportDataset, filter: ReportFilter): ReportDataset {
  const { network } = filter;
  const account = handleKey(filter.account);
  if (!network && !account) return data;
  const posts = data.posts
    .map((post) => {
      const networks = post.networks.filter(
        (each) => (!network || each === network) && (!account || handleKey(post.variants[each]?.account) === account),
      );
      return networks.length === post.networks.length ? post : { ...post, networks };
    })
    .filter((post) => post.networks.length > 0);
  return {
    items: data.items.filter(
      (item) => (!network || item.network === network) && (!account || handleKey(item.capturedAs) === account),
    ),
    posts,
    events: data.events.filter((event) => {
      if (network && event.network !== network) return false;
      if (!account) return true;
      const { activeHandle, expectedHandle, account: eventAccount } = event.data as Record<string, string | undefined>;
      return [activeHandle, expectedHandle, eventAccount].some((handle) => handleKey(handle) === account);
    }),
    ...(data.followers
      ? {
          followers: data.followers.filter(
            (sample) => (!network || sample.network === network) && (!account || handleKey(sample.handle) === account),
          ),
        }
      : {}),
  };
}

/** The accounts the data mentions, for the account filter's menu. */
export function accountsIn(data: ReportDataset): string[] {
  const seen = new Set<string>();
  for (const item of data.items) if (item.capturedAs) seen.add(handleKey(item.capturedAs));
  for (const post of data.posts) {
    for (const variant of Object.values(post.variants)) if (variant?.account) seen.add(handleKey(variant.account));
  }
  seen.delete('');
  return [...seen].sort();
}

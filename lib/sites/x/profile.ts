/**
 * X's profile page (x.com/<handle>): the counts are links to /<handle>/following and
 * /<handle>/followers (or /verified_followers), each holding the printed number ("12.3K",
 * "1 234") before a localized label; the handle comes from the address, checked against the
 * links (language-independent anchors).
 */
import { parseCount } from '@/lib/growth/count';
import { inlineText } from '@/lib/sites/shared/text';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';
import { SCREEN_NAME } from '@/lib/sites/x/selectors';

/** The first count printed inside the links to this path of the profile. */
function countAt(doc: Document, handle: string, paths: readonly string[]): number | null {
  for (const path of paths) {
    for (const link of doc.querySelectorAll<HTMLAnchorElement>(`a[href$="/${path}" i]`)) {
      const href = link.getAttribute('href') ?? '';
      if (href.toLowerCase() !== `/${handle}/${path}`.toLowerCase()) continue;
      const count = parseCount(inlineText(link));
      if (count !== null) return count;
    }
  }
  return null;
}

export function xProfileStats(doc: Document): ProfileStats | null {
  const handle = (pageUrl(doc)?.pathname ?? '').split('/').filter(Boolean)[0] ?? '';
  if (
    !SCREEN_NAME.test(handle) ||
    ['home', 'explore', 'notifications', 'messages', 'i', 'search', 'compose', 'settings'].includes(
      handle.toLowerCase(),
    )
  ) {
    return null;
  }
  const followers = countAt(doc, handle, ['verified_followers', 'followers']);
  if (followers === null) return null;
  const following = countAt(doc, handle, ['following']);
  return { handle, followers, ...(following !== null ? { following } : {}) };
}

/**
 * LinkedIn's profile pages: a member (/in/<slug>/) or a company page (/company/<slug>/). The
 * follower count is printed in the top card or the activity header as "<count> followers"
 * ("1 234 abonnés", "12K followers"); LinkedIn gives it no stable hook, so the label words of
 * the interface languages are the anchor, read once on that page only.
 */
import { parseCount } from '@/lib/growth/count';
import { inlineText } from '@/lib/sites/shared/text';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { ProfileStats } from '@/lib/sites/types';

const FOLLOWERS =
  /^(?:([\d\s\u00a0\u202f.,]+\s*[kKmM]?)\s*(?:followers?|abonnés?|follower|seguidores|seguidor)|(?:followers?|abonnés?)\s*[:：]?\s*([\d\s\u00a0\u202f.,]+\s*[kKmM]?))$/iu;

function profileHandle(doc: Document): string {
  const match = /^\/(?:in|company)\/([^/?#]+)/i.exec(pageUrl(doc)?.pathname ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : '';
}

export function linkedinProfileStats(doc: Document): ProfileStats | null {
  const handle = profileHandle(doc);
  if (!handle) return null;
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  for (const element of root.querySelectorAll<HTMLElement>('li, p, span, div')) {
    // Only the innermost element holding the whole phrase (a short text).
    if (element.childElementCount > 3 || (element.textContent?.length ?? 0) > 60) continue;
    const match = FOLLOWERS.exec(inlineText(element).trim());
    const printed = match?.[1] ?? match?.[2];
    const followers = printed ? parseCount(printed) : null;
    if (followers !== null) return { handle, followers };
  }
  return null;
}

/**
 * What a content script needs of People: which handles to mark, and with which tag. Read straight
 * from the stored records (`local:people`, lib/people/store.ts) without zod: anything malformed
 * is skipped.
 */
import { NETWORK_IDS } from '@/lib/network-ids';
import type { Network } from '@/lib/networks';
import { personRef } from '@/lib/people/refs';
import { HIGHLIGHT_TAGS, type HighlightTag } from '@/lib/people/tags';

/** The storage key of the people records (the item is defined in lib/people/store.ts). */
export const PEOPLE_KEY = 'people';

const isNetwork = (value: unknown): value is Network =>
  typeof value === 'string' && (NETWORK_IDS as readonly string[]).includes(value);

/** Each highlighted person's handle refs, with the first of their highlight tags. */
export function parseHighlightMarks(stored: unknown): Map<string, HighlightTag> {
  const marks = new Map<string, HighlightTag>();
  if (!Array.isArray(stored)) return marks;
  for (const record of stored) {
    if (!record || typeof record !== 'object') continue;
    const { tags, handles } = record as { tags?: unknown; handles?: unknown };
    if (!Array.isArray(tags) || !Array.isArray(handles)) continue;
    const tag = HIGHLIGHT_TAGS.find((each) => tags.includes(each));
    if (!tag) continue;
    for (const entry of handles) {
      const { network, handle } = (entry ?? {}) as { network?: unknown; handle?: unknown };
      if (!isNetwork(network) || typeof handle !== 'string') continue;
      const ref = personRef(network, handle);
      if (ref) marks.set(ref, tag);
    }
  }
  return marks;
}

/**
 * Reads named page globals in the main world for the account guard. Each network declares its
 * readers in its descriptor (lib/sites/<network>/network.ts, `pageState`); this file only looks
 * them up, so an unknown key reads as null. Never tokens or cookies: the readers copy a few
 * identity fields only. Runs in entrypoints/page-state.ts, which the background
 * injects into the page's world when a content script asks (`readPageState`).
 */
import { NETWORK_LIST } from '@/lib/networks';
import type { PageStateReader } from '@/lib/sites/descriptor';
import type { PageState } from '@/lib/sites/types';

const READERS = new Map<string, PageStateReader>(
  NETWORK_LIST.flatMap((network) => Object.entries(network.pageState as Record<string, PageStateReader>)),
);

/** Every key some network reads. */
export const PAGE_STATE_KEYS: readonly string[] = [...READERS.keys()];

/** Reads each requested key (null when absent, unknown or unreadable); never throws. */
export function readPageState(keys: readonly string[], win: Window = window, doc: Document = win.document): PageState {
  const state: PageState = {};
  for (const key of keys) {
    const reader = READERS.get(key);
    try {
      state[key] = reader ? reader(win, doc) : null;
    } catch {
      state[key] = null;
    }
  }
  return state;
}

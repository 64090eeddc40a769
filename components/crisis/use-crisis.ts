import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStoreQuery } from '@/components/state/use-store-query';
import { sendToBackground } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';

export type CrisisStatus = ResponseOf<'crisisStatus'>;

/** After an inbox change, the crisis report waits this long: the list's rows come first. */
const SECONDARY_MS = 300;

/**
 * The crisis report, mode and held posts, read again on every inbox or calendar change (the mode's
 * too). `after`: asked once that settles (the inbox's first rows go first: the report reads two weeks of captures).
 */
export function useCrisisStatus(after?: Promise<void>) {
  return useStoreQuery(
    ['inbox', 'posts'],
    async () => {
      await after;
      return sendToBackground('crisisStatus', {});
    },
    SECONDARY_MS,
  );
}

/** The planned posts crisis mode holds, for the calendar's chips and rows. */
export const HeldPosts = createContext<ReadonlySet<string>>(new Set());

export function useHeld(id: string): boolean {
  return useContext(HeldPosts).has(id);
}

export async function setCrisisMode(on: boolean): Promise<void> {
  await sendToBackground('setCrisisMode', { on });
}

export async function resumeHeld(ids?: string[]): Promise<void> {
  await sendToBackground('resumeHeldPosts', ids ? { ids } : {});
}

/** Set by the popup's "See the crisis items": the side panel's inbox opens with the crisis filter on. */
export const INBOX_CRISIS_FILTER_KEY = 'cmc.inboxCrisisFilter';

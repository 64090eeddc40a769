import type { ExpectedAccount } from '@/lib/guard/rules';

/** Composer element → the account the text put in it was meant for (calendar entry, template). */
const expectations = new WeakMap<HTMLElement, ExpectedAccount>();

/**
 * Called by the calendar or templates feature when it fills a composer for a given account: the
 * guard then warns if the active account is another one (rule 1). Same content script, so a
 * WeakMap suffices; it is forgotten with the element.
 */
export function setExpectedAccount(composer: HTMLElement, expected: ExpectedAccount | null): void {
  if (expected) expectations.set(composer, expected);
  else expectations.delete(composer);
}

/** The expectation recorded for this composer, if any. */
export function expectedAccountOf(composer: HTMLElement): ExpectedAccount | undefined {
  return expectations.get(composer);
}

/** The tags a community manager sets on a person (no schema here: content scripts import this). */
export const PERSON_TAGS = ['customer', 'vip', 'partner', 'journalist', 'competitor', 'influencer'] as const;
export type PersonTag = (typeof PERSON_TAGS)[number];

/** People whose mentions rank first in the inbox and whose name is marked on the sites. */
export const HIGHLIGHT_TAGS = ['vip', 'partner', 'journalist'] as const satisfies readonly PersonTag[];
export type HighlightTag = (typeof HIGHLIGHT_TAGS)[number];

/** Whether a person's tags make them highlighted (VIP, partner, journalist). */
export function isHighlighted(tags: readonly string[]): boolean {
  return HIGHLIGHT_TAGS.some((tag) => tags.includes(tag));
}

/** Where a content idea came from (see lib/calendar/idea.ts); stored on its calendar entry. */
import { z } from 'zod';
import { networkSchema } from '@/lib/network-schema';

/** Only web addresses: a page's `javascript:` link never becomes a link in our views. */
const webUrl = z.union([z.url({ protocol: /^https?$/ }).max(2000), z.literal('')]);

export const ideaSourceSchema = z.object({
  url: webUrl,
  /** The post's text or the selected text, as plain text. */
  quote: z.string().max(10_000).default(''),
  author: z.string().max(500).default(''),
  authorUrl: webUrl.default(''),
  network: networkSchema.optional(),
  /** The page's title, when the idea came from a page rather than a post. */
  pageTitle: z.string().max(500).default(''),
});
export type IdeaSource = z.infer<typeof ideaSourceSchema>;
/** A source as given (defaults not applied yet), e.g. in the entry editor's input. */
export type IdeaSourceInput = z.input<typeof ideaSourceSchema>;

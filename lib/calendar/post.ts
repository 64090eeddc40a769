/** A calendar entry as stored: wall-clock time plus an IANA zone, so daylight saving never moves a post. */
import type { Network } from '@/lib/networks';

export const POST_STATUSES = ['idea', 'draft', 'scheduled', 'published', 'missed'] as const;

export interface NetworkVariant {
  /** Undefined: inherits the base text. */
  text?: string;
  account?: string;
}

/** A calendar entry: wall-clock time plus an IANA zone, so daylight saving never moves a post. */
export interface CalendarPost {
  id: string;
  title: string;
  text: string;
  networks: Network[];
  variants: Partial<Record<Network, NetworkVariant>>;
  localDateTime: string;
  timeZone: string;
  /** UTC milliseconds derived from localDateTime + timeZone, for indexing and alarms. */
  scheduledAt: number;
  status: (typeof POST_STATUSES)[number];
  labels: string[];
  createdAt: number;
  updatedAt: number;
  publishedAt?: number;
}

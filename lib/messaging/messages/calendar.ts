import type { MessageSpecs } from './spec';

/** Messages of the calendar feature (none yet). */
export const calendarMessages = {} as const satisfies MessageSpecs;

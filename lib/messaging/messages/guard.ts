import type { MessageSpecs } from './spec';

/** Messages of the guard feature (none yet). */
export const guardMessages = {} as const satisfies MessageSpecs;

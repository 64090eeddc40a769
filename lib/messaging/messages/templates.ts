import type { MessageSpecs } from './spec';

/** Messages of the templates feature (none yet). */
export const templateMessages = {} as const satisfies MessageSpecs;

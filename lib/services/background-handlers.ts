import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '@/lib/db/schema';
import type { Handlers } from '@/lib/messaging/handle';
import { calendarHandlers } from '@/lib/services/calendar-handlers';
import { coreHandlers } from '@/lib/services/core-handlers';
import { guardHandlers } from '@/lib/services/guard-handlers';
import { inboxHandlers } from '@/lib/services/inbox-handlers';
import { templateHandlers } from '@/lib/services/template-handlers';

export interface ServiceDeps {
  db: () => Promise<IDBPDatabase<CompanionDB>>;
  now: () => number;
  newId: () => string;
  openSidePanel: (windowId: number | undefined) => Promise<void>;
}

/** The background's answers to every message of the protocol. No state is kept between calls. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...inboxHandlers(deps),
    ...templateHandlers(deps),
    ...guardHandlers(deps),
    ...calendarHandlers(deps),
  };
}

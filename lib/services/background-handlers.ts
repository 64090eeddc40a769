import type { IDBPDatabase } from 'idb';
import type { CompanionDB } from '../db/schema';
import type { Handlers } from '../messaging/handle';
import { calendarHandlers } from './calendar-handlers';
import { coreHandlers } from './core-handlers';
import { guardHandlers } from './guard-handlers';
import { inboxHandlers } from './inbox-handlers';
import { reportHandlers } from './report-handlers';
import { templateHandlers } from './template-handlers';

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
    ...reportHandlers(deps),
  };
}

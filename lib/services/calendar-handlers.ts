import type { FeatureHandlers } from '../messaging/handle';
import type { calendarMessages } from '../messaging/messages/calendar';
import type { ServiceDeps } from './background-handlers';

/** The background's answers to the calendar messages (none yet). */
export function calendarHandlers(_deps: ServiceDeps): FeatureHandlers<typeof calendarMessages> {
  return {};
}

import type { FeatureHandlers } from '../messaging/handle';
import type { guardMessages } from '../messaging/messages/guard';
import type { ServiceDeps } from './background-handlers';

/** The background's answers to the guard messages (none yet). */
export function guardHandlers(_deps: ServiceDeps): FeatureHandlers<typeof guardMessages> {
  return {};
}

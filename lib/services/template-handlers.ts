import type { FeatureHandlers } from '../messaging/handle';
import type { templateMessages } from '../messaging/messages/templates';
import type { ServiceDeps } from './background-handlers';

/** The background's answers to the templates messages (none yet). */
export function templateHandlers(_deps: ServiceDeps): FeatureHandlers<typeof templateMessages> {
  return {};
}

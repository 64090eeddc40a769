import { backupHandlers } from '@/lib/background/handlers/backup';
import { calendarHandlers } from '@/lib/background/handlers/calendar';
import { coreHandlers } from '@/lib/background/handlers/core';
import { crisisHandlers } from '@/lib/background/handlers/crisis';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { draftHandlers } from '@/lib/background/handlers/drafts';
import { growthHandlers } from '@/lib/background/handlers/growth';
import { guardHandlers } from '@/lib/background/handlers/guard';
import { ideaHandlers } from '@/lib/background/handlers/ideas';
import { inboxHandlers } from '@/lib/background/handlers/inbox';
import { onboardingHandlers } from '@/lib/background/handlers/onboarding';
import { peopleHandlers } from '@/lib/background/handlers/people';
import { reportHandlers } from '@/lib/background/handlers/reports';
import { teamHandlers } from '@/lib/background/handlers/team';
import { templateHandlers } from '@/lib/background/handlers/templates';
import { undoHandlers } from '@/lib/background/handlers/undo';
import type { Handlers } from '@/lib/messaging/handle';

export type { ServiceDeps } from '@/lib/background/handlers/deps';

/** The background's answers to every message of the protocol. No state is kept between calls. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...inboxHandlers(deps),
    ...templateHandlers(deps),
    ...guardHandlers(deps),
    ...calendarHandlers(deps),
    ...reportHandlers(deps),
    ...onboardingHandlers(deps),
    ...backupHandlers(deps),
    ...undoHandlers(deps),
    ...crisisHandlers(deps),
    ...draftHandlers(deps),
    ...peopleHandlers(deps),
    ...ideaHandlers(deps),
    ...growthHandlers(deps),
    ...teamHandlers(deps),
  };
}

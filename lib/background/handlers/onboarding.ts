import type { ServiceDeps } from '@/lib/background/handlers/deps';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { onboardingMessages } from '@/lib/messaging/messages/onboarding';
import { readOnboarding, writeOnboarding } from '@/lib/onboarding/store';

export function onboardingHandlers(_deps: ServiceDeps): FeatureHandlers<typeof onboardingMessages> {
  return {
    async setChecklistDismissed({ dismissed }) {
      await writeOnboarding({ ...(await readOnboarding()), checklistDismissed: dismissed });
      return { dismissed };
    },
    async completeChecklist() {
      await writeOnboarding({ ...(await readOnboarding()), checklistCompleted: true });
      return { completed: true };
    },
  };
}

import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { checklistWanted, type OnboardingState, readOnboarding, watchOnboarding } from '@/lib/onboarding/store';

/**
 * The first-run checklist on the popup and the side panel's home, until it is hidden or done
 * once. Its code (and the data it reads) loads only while it is wanted: a page opened every day
 * after the first days pays one small storage read for it.
 */
export function FirstRunChecklist() {
  const wanted = useSignal(false);
  const view = useSignal<{ Checklist: ComponentType } | null>(null);
  useEffect(() => {
    const follow = (state: OnboardingState) => {
      wanted.value = checklistWanted(state);
      if (wanted.value && !view.peek()) {
        void import('@/components/onboarding/checklist').then((module) => {
          view.value = { Checklist: module.Checklist };
        });
      }
    };
    void readOnboarding().then(follow);
    return watchOnboarding(follow);
  }, []);
  const Checklist = view.value?.Checklist;
  return wanted.value && Checklist ? <Checklist /> : null;
}

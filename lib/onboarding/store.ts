import { storage } from '@wxt-dev/storage';

/**
 * The first-run checklist's own state (written by the background only): hidden by the user, or
 * completed once (a list done once stays done, and the pages then never load its code).
 */
export interface OnboardingState {
  checklistDismissed: boolean;
  checklistCompleted: boolean;
}

export const DEFAULT_ONBOARDING: OnboardingState = { checklistDismissed: false, checklistCompleted: false };

export const onboardingItem = storage.defineItem<OnboardingState>('local:onboarding', {
  fallback: DEFAULT_ONBOARDING,
  version: 1,
});

export function parseOnboarding(value: unknown): OnboardingState {
  const stored = value as { checklistDismissed?: unknown; checklistCompleted?: unknown } | null;
  return {
    checklistDismissed: stored?.checklistDismissed === true,
    checklistCompleted: stored?.checklistCompleted === true,
  };
}

/** The checklist is shown (and its code loaded) until hidden or completed once. */
export const checklistWanted = (state: OnboardingState): boolean =>
  !state.checklistDismissed && !state.checklistCompleted;

export async function readOnboarding(): Promise<OnboardingState> {
  return parseOnboarding(await onboardingItem.getValue());
}

export async function writeOnboarding(state: OnboardingState): Promise<void> {
  await onboardingItem.setValue(parseOnboarding(state));
}

export function watchOnboarding(callback: (state: OnboardingState) => void): () => void {
  return onboardingItem.watch((value) => callback(parseOnboarding(value)));
}

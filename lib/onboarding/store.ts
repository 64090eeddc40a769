import { storage } from '@wxt-dev/storage';

/** Whether the user dismissed the first-run checklist (written by the background only). */
export interface OnboardingState {
  checklistDismissed: boolean;
}

export const DEFAULT_ONBOARDING: OnboardingState = { checklistDismissed: false };

export const onboardingItem = storage.defineItem<OnboardingState>('local:onboarding', {
  fallback: DEFAULT_ONBOARDING,
  version: 1,
});

export function parseOnboarding(value: unknown): OnboardingState {
  const dismissed = (value as { checklistDismissed?: unknown } | null)?.checklistDismissed;
  return { checklistDismissed: dismissed === true };
}

export async function readOnboarding(): Promise<OnboardingState> {
  return parseOnboarding(await onboardingItem.getValue());
}

export async function writeOnboarding(state: OnboardingState): Promise<void> {
  await onboardingItem.setValue(parseOnboarding(state));
}

export function watchOnboarding(callback: (state: OnboardingState) => void): () => void {
  return onboardingItem.watch((value) => callback(parseOnboarding(value)));
}

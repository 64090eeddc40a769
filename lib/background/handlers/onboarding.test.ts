import { describe, expect, it } from 'vitest';
import { onboardingHandlers } from '@/lib/background/handlers/onboarding';
import type { HandlerContext } from '@/lib/messaging/handle';
import { checklistWanted, onboardingItem, readOnboarding } from '@/lib/onboarding/store';

const context: HandlerContext = { sender: 'page', tabId: null, windowId: null };
const handlers = onboardingHandlers({
  db: async () => {
    throw new Error('unused');
  },
  now: () => 0,
  newId: () => '',
  openSidePanel: async () => undefined,
});

describe('onboarding handlers', () => {
  it('stores the dismissal and its undoing', async () => {
    expect(await readOnboarding()).toEqual({ checklistDismissed: false, checklistCompleted: false });
    await handlers.setChecklistDismissed({ dismissed: true }, context);
    expect(await readOnboarding()).toEqual({ checklistDismissed: true, checklistCompleted: false });
    expect(checklistWanted(await readOnboarding())).toBe(false);
    await handlers.setChecklistDismissed({ dismissed: false }, context);
    expect(checklistWanted(await readOnboarding())).toBe(true);
  });

  it('remembers a completed checklist, whatever is undone later', async () => {
    await handlers.completeChecklist({}, context);
    expect(await readOnboarding()).toEqual({ checklistDismissed: false, checklistCompleted: true });
    expect(checklistWanted(await readOnboarding())).toBe(false);
  });

  it('reads a damaged value as not dismissed', async () => {
    await onboardingItem.setValue('garbage' as never);
    expect(await readOnboarding()).toEqual({ checklistDismissed: false, checklistCompleted: false });
  });
});

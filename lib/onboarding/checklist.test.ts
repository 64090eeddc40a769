import { describe, expect, it } from 'vitest';
import { checklistState } from '@/lib/onboarding/checklist';

const fresh = { brandName: '', registeredAccounts: 0, templateUses: 0, inboxItems: 0 };

describe('first-run checklist', () => {
  it('starts with nothing done on a fresh profile', () => {
    const state = checklistState(fresh);
    expect(state.steps.map((entry) => entry.done)).toEqual([false, false, false, false]);
    expect(state.doneCount).toBe(0);
    expect(state.complete).toBe(false);
  });

  it('ticks each step from its own data', () => {
    expect(checklistState({ ...fresh, brandName: 'Acme' }).steps[0]).toEqual({ step: 'brand', done: true });
    expect(checklistState({ ...fresh, brandName: '   ' }).steps[0]?.done).toBe(false);
    expect(checklistState({ ...fresh, registeredAccounts: 2 }).steps[1]).toEqual({ step: 'accounts', done: true });
    expect(checklistState({ ...fresh, templateUses: 1 }).steps[2]).toEqual({ step: 'template', done: true });
    expect(checklistState({ ...fresh, inboxItems: 1 }).steps[3]).toEqual({ step: 'capture', done: true });
  });

  it('is complete when every step is done', () => {
    const all = checklistState({ brandName: 'Acme', registeredAccounts: 1, templateUses: 3, inboxItems: 9 });
    expect(all.complete).toBe(true);
    expect(all.doneCount).toBe(4);
  });
});

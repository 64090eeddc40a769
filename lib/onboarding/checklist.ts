/**
 * The first-run checklist: what a new community manager does first, each step ticked from the
 * data the extension really holds (never from a click on the checklist itself).
 */

export const CHECKLIST_STEPS = ['brand', 'accounts', 'template', 'capture'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

/** What the steps are read from: the settings, the accounts registry, the templates, the inbox. */
export interface ChecklistFacts {
  brandName: string;
  /** Accounts registered as the brand's or a client's (personal ones do not count). */
  registeredAccounts: number;
  /** Insertions of any template so far (each template counts its own uses). */
  templateUses: number;
  /** Conversations in the inbox, whatever their status. */
  inboxItems: number;
}

export interface ChecklistState {
  steps: { step: ChecklistStep; done: boolean }[];
  doneCount: number;
  complete: boolean;
}

const DONE: Record<ChecklistStep, (facts: ChecklistFacts) => boolean> = {
  brand: (facts) => facts.brandName.trim() !== '',
  accounts: (facts) => facts.registeredAccounts > 0,
  template: (facts) => facts.templateUses > 0,
  capture: (facts) => facts.inboxItems > 0,
};

export function checklistState(facts: ChecklistFacts): ChecklistState {
  const steps = CHECKLIST_STEPS.map((step) => ({ step, done: DONE[step](facts) }));
  const doneCount = steps.filter((entry) => entry.done).length;
  return { steps, doneCount, complete: doneCount === steps.length };
}

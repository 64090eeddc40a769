import { type Signal, useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useCommandKeys } from '@/components/onboarding/use-command-keys';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import { readAccounts, watchAccounts } from '@/lib/guard/store';
import { sendToBackground } from '@/lib/messaging/client';
import { type ChecklistState, checklistState } from '@/lib/onboarding/checklist';
import { readTemplateSettings, watchTemplateSettings } from '@/lib/templates/settings-item';
import { readTemplates, watchTemplates } from '@/lib/templates/store';

export interface ChecklistData {
  /** null until every source answered once (nothing flashes on a profile that is done). */
  state: Signal<ChecklistState | null>;
  trigger: Signal<string>;
  /** The keys bound now, by command name (read from the browser, so a rebound key shows rebound). */
  shortcuts: Signal<Record<string, string>>;
}

/** Follows, live, every source the checklist's steps are ticked from. */
export function useChecklist(): ChecklistData {
  const { settings, settingsLoaded } = useAppState();
  const accounts = useSignal<number | null>(null);
  const templateUses = useSignal<number | null>(null);
  const trigger = useSignal(';;');
  const shortcuts = useCommandKeys();
  const inbox = useStoreQuery(['inbox'], () => sendToBackground('listInbox', { limit: 1 }));

  useEffect(() => {
    const countAccounts = (list: { role: string }[]) => {
      accounts.value = list.filter((account) => account.role !== 'personal').length;
    };
    const countUses = (list: { useCount: number }[]) => {
      templateUses.value = list.reduce((sum, template) => sum + template.useCount, 0);
    };
    void readAccounts().then(countAccounts);
    void readTemplates().then(countUses);
    void readTemplateSettings().then((value) => (trigger.value = value.trigger));
    const stops = [
      watchAccounts(countAccounts),
      watchTemplates(countUses),
      watchTemplateSettings((value) => (trigger.value = value.trigger)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  const state = useComputed(() => {
    const items = inbox.data.value?.items;
    if (!settingsLoaded.value || accounts.value === null || templateUses.value === null || !items) return null;
    return checklistState({
      brandName: settings.value.brandName,
      registeredAccounts: accounts.value,
      templateUses: templateUses.value,
      inboxItems: items.length,
    });
  });
  return { state, trigger, shortcuts };
}

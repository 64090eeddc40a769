import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { sendToBackground } from '@/lib/messaging/client';
import { readOnboarding, watchOnboarding } from '@/lib/onboarding/store';

/** Settings → brings back the first-run checklist the user hid (shown only once it is hidden). */
export function ChecklistReset() {
  const { t } = useAppState();
  const dismissed = useSignal(false);
  useEffect(() => {
    void readOnboarding().then((state) => (dismissed.value = state.checklistDismissed));
    return watchOnboarding((state) => (dismissed.value = state.checklistDismissed));
  }, []);
  if (!dismissed.value) return null;
  return (
    <div>
      <button type="button" onClick={() => void sendToBackground('setChecklistDismissed', { dismissed: false })}>
        {t('checklistShowAgain')}
      </button>
    </div>
  );
}

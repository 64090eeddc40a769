import { useAppState } from '@/components/state/app-state';
import { useSiteHealth } from '@/components/state/use-site-health';

/**
 * A small notice for the network tab the user looks at when the extension does not recognise its
 * layout (lib/sites/recognition.ts): the popup and the side panel show it; Site health has the
 * details. Asks the tab when shown and when tabs change, never on a timer.
 */
export function LayoutNotice({ onOpenHealth }: { onOpenHealth: () => void }) {
  const { t } = useAppState();
  const { state } = useSiteHealth();
  const current = state.value;
  if (current.status !== 'ready' || !current.health.layout || current.health.layout.recognised) return null;
  return (
    <div class="layout-notice" role="status" data-testid="layout-notice">
      <p>{t('layoutNotice')}</p>
      <button type="button" onClick={onOpenHealth}>
        {t('layoutNoticeOpen')}
      </button>
    </div>
  );
}

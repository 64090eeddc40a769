import { RecentCaptures } from '@/components/inbox/recent-captures';
import { LayoutNotice } from '@/components/layout-notice';
import { LAST_SECTION_KEY } from '@/components/state/side-panel-section';
import { nowDate } from '@/lib/clock';
import { sendToBackground } from '@/lib/messaging/client';
import '@/components/inbox/inbox.css';
import { TodayAgenda } from '@/components/calendar/today-agenda';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';

function todayBounds(now = nowDate()): { dayStart: number; dayEnd: number } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { dayStart: start.getTime(), dayEnd: end.getTime() };
}

interface Props {
  onOpenSidePanel: () => void;
}

/** The toolbar popup: today's figures at a glance and the way into the side panel. */
export function PopupApp({ onOpenSidePanel }: Props) {
  const { t, settings } = useAppState();
  const { data: stats, error } = useStoreQuery(['inbox', 'posts'], () => sendToBackground('todayStats', todayBounds()));
  const brand = settings.value.brandName;
  const figures = [
    ['popupCapturedToday', stats.value?.capturedToday],
    ['popupNewItems', stats.value?.newItems],
    ['popupScheduledToday', stats.value?.scheduledToday],
  ] as const;
  return (
    <div class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <p class="muted" data-testid="popup-brand">
          {brand ? t('popupBrand', [brand]) : t('popupNoBrand')}
        </p>
      </header>
      <LayoutNotice
        onOpenHealth={() => {
          // The side panel opens on the section it showed last: Site health, with the details.
          localStorage.setItem(LAST_SECTION_KEY, 'health');
          onOpenSidePanel();
        }}
      />
      <h2>{t('popupToday')}</h2>
      {error.value && <p role="alert">{t('errorBackground', [error.value])}</p>}
      <dl class="figures">
        {figures.map(([label, value]) => (
          <div key={label} class="figure">
            <dt>{t(label)}</dt>
            <dd data-testid={label}>{value ?? '…'}</dd>
          </div>
        ))}
      </dl>
      <RecentCaptures />
      <TodayAgenda />
      <button type="button" class="primary" onClick={onOpenSidePanel}>
        {t('popupOpenSidePanel')}
      </button>
    </div>
  );
}

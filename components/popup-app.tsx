import { RecentCaptures } from '@/components/inbox/recent-captures';
import { LayoutNotice } from '@/components/layout-notice';
import { nowDate } from '@/lib/clock';
import { sendToBackground } from '@/lib/messaging/client';
import '@/components/inbox/inbox.css';
import { CaptureAnnouncer } from '@/components/announcer';
import { TodayAgenda } from '@/components/calendar/today-agenda';
import { CrisisBanner } from '@/components/crisis/crisis-banner';
import { INBOX_CRISIS_FILTER_KEY, useCrisisStatus } from '@/components/crisis/use-crisis';
import { FirstRunChecklist } from '@/components/onboarding/checklist-gate';
import { useAppState } from '@/components/state/app-state';
import { GO_TO_SECTION_KEY, LAST_SECTION_KEY, NavigationContext, type Section } from '@/components/state/navigation';
import { useStoreQuery } from '@/components/state/use-store-query';

function todayBounds(now = nowDate()): { dayStart: number; dayEnd: number } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { dayStart: start.getTime(), dayEnd: end.getTime() };
}

interface Props {
  onOpenSidePanel: () => void;
}

/**
 * The toolbar popup: the first-run checklist until it is done, today's figures at a glance and
 * the way into the side panel (at the section a button names).
 */
export function PopupApp({ onOpenSidePanel }: Props) {
  const { t, settings } = useAppState();
  const { data: stats, error } = useStoreQuery(['inbox', 'posts'], () => sendToBackground('todayStats', todayBounds()));
  const { data: crisis } = useCrisisStatus();
  const brand = settings.value.brandName;
  const figures = [
    ['popupCapturedToday', stats.value?.capturedToday],
    ['popupNewItems', stats.value?.newItems],
    ['popupScheduledToday', stats.value?.scheduledToday],
  ] as const;
  const navigate = (section: Section) => {
    // A panel about to open starts on the section it last showed: this makes it the one asked
    // for; a panel already open follows the request.
    localStorage.setItem(LAST_SECTION_KEY, section);
    localStorage.setItem(GO_TO_SECTION_KEY, `${section} ${crypto.randomUUID()}`);
    onOpenSidePanel();
  };
  return (
    <NavigationContext.Provider value={navigate}>
      <main class="popup">
        <header>
          <h1>{t('extName')}</h1>
          {brand ? (
            <p class="muted" data-testid="popup-brand">
              {t('popupBrand', [brand])}
            </p>
          ) : (
            <p data-testid="popup-brand">
              <button type="button" class="link" onClick={() => navigate('settings')}>
                {t('popupNoBrand')}
              </button>
            </p>
          )}
        </header>
        <LayoutNotice onOpenHealth={() => navigate('health')} />
        <CrisisBanner
          status={crisis.value}
          onSeeItems={() => {
            localStorage.setItem(INBOX_CRISIS_FILTER_KEY, '1');
            navigate('inbox');
          }}
        />
        <FirstRunChecklist />
        <h2 id="popup-today">{t('popupToday')}</h2>
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
        <CaptureAnnouncer />
      </main>
    </NavigationContext.Provider>
  );
}

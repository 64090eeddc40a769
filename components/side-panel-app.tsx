import { useSignal, useSignalEffect } from '@preact/signals';
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { CaptureAnnouncer } from '@/components/announcer';
import { LayoutNotice } from '@/components/layout-notice';
import { lazyComponent } from '@/components/lazy';
import { NavIcon } from '@/components/nav-icons';
import { FirstRunChecklist } from '@/components/onboarding/checklist-gate';
import { useAppState } from '@/components/state/app-state';
import {
  GO_TO_SECTION_KEY,
  isSection,
  LAST_SECTION_KEY,
  NavigationContext,
  requestedSection,
  SECTIONS,
  type Section,
} from '@/components/state/navigation';
import { CalendarView } from '@/components/views/calendar-view';
import { InboxView } from '@/components/views/inbox-view';
import { ReportsView } from '@/components/views/reports-view';
import { SettingsView } from '@/components/views/settings-view';
import type { MessageKey } from '@/lib/i18n';
import { keepTeamLive } from '@/lib/team-live';

// Sections other than the first one shown load on first use: the side panel's first paint carries
// only what it draws.
const TemplatesView = lazyComponent(() =>
  import('@/components/views/templates-view').then((module) => module.TemplatesView),
);
const AccountsView = lazyComponent(() =>
  import('@/components/views/accounts-view').then((module) => module.AccountsView),
);
const PeopleView = lazyComponent(() => import('@/components/people/people-view').then((module) => module.PeopleView));
const SiteHealthView = lazyComponent(() =>
  import('@/components/views/site-health-view').then((module) => module.SiteHealthView),
);

const LABELS: Record<Section, MessageKey> = {
  inbox: 'navInbox',
  calendar: 'navCalendar',
  templates: 'navTemplates',
  accounts: 'navAccounts',
  people: 'people_nav',
  reports: 'navReports',
  health: 'navHealth',
  settings: 'navSettings',
};

function SectionBody({ section }: { section: Section }) {
  switch (section) {
    case 'inbox':
      return <InboxView />;
    case 'settings':
      return <SettingsView />;
    case 'health':
      return <SiteHealthView />;
    case 'calendar':
      return <CalendarView />;
    case 'templates':
      return <TemplatesView />;
    case 'accounts':
      return <AccountsView />;
    case 'reports':
      return <ReportsView />;
    case 'people':
      return <PeopleView />;
  }
}

/** The section asked for in the address, else the last one shown, else the inbox. */
function initialSection(): Section {
  const wanted = new URLSearchParams(location.search).get('section');
  if (isSection(wanted)) return wanted;
  const last = localStorage.getItem(LAST_SECTION_KEY);
  return isSection(last) ? last : 'inbox';
}

/**
 * The side panel: a skip link, the sections' tab list (arrow keys, Home and End move between
 * them) in a nav landmark, and the chosen section in the main landmark, under the page's h1.
 * The first-run checklist leads the home section (the inbox) until it is done or hidden.
 */
export function SidePanelApp() {
  const { t } = useAppState();
  const current = useSignal<Section>(initialSection());
  useSignalEffect(() => localStorage.setItem(LAST_SECTION_KEY, current.value));
  // Team sync runs live while a side panel is open (lib/background/sync).
  useEffect(() => keepTeamLive(), []);
  // The popup sends the user to a section by writing it here; an open panel follows.
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      const wanted = event.key === GO_TO_SECTION_KEY ? requestedSection(event.newValue) : null;
      if (wanted) current.value = wanted;
    };
    addEventListener('storage', follow);
    return () => removeEventListener('storage', follow);
  }, []);
  const navigate = (section: Section, focus?: string) => {
    current.value = section;
    // The new section's content is where the user's attention goes next, keyboard included.
    requestAnimationFrame(() => {
      const target = focus ? document.querySelector<HTMLElement>(`#main ${focus}`) : null;
      (target ?? document.getElementById('main'))?.focus();
    });
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = SECTIONS.indexOf(current.value);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: SECTIONS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = SECTIONS[(target + SECTIONS.length) % SECTIONS.length] ?? 'inbox';
    current.value = next;
    event.currentTarget.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };

  return (
    <NavigationContext.Provider value={navigate}>
      <div class="panel">
        <a class="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <nav class="tabs-nav" aria-label={t('navLabel')}>
          <div role="tablist" aria-label={t('navLabel')} class="tabs" onKeyDown={onKeyDown}>
            {SECTIONS.map((section) => (
              <button
                key={section}
                id={`tab-${section}`}
                type="button"
                role="tab"
                aria-selected={current.value === section}
                aria-controls="panel-body"
                aria-label={t(LABELS[section])}
                title={t(LABELS[section])}
                tabIndex={current.value === section ? 0 : -1}
                onClick={() => {
                  current.value = section;
                }}
              >
                <NavIcon name={section} />
                <span class="tab-label">{t(LABELS[section])}</span>
              </button>
            ))}
          </div>
        </nav>
        <main id="main" tabIndex={-1} class="panel-main">
          <h1 class="visually-hidden">{t('extName')}</h1>
          {current.value === 'inbox' && <FirstRunChecklist />}
          {current.value !== 'health' && <LayoutNotice onOpenHealth={() => (current.value = 'health')} />}
          <div id="panel-body" role="tabpanel" aria-labelledby={`tab-${current.value}`} class="panel-body">
            <SectionBody section={current.value} />
          </div>
          <CaptureAnnouncer />
        </main>
      </div>
    </NavigationContext.Provider>
  );
}

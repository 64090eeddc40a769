import { useSignal, useSignalEffect } from '@preact/signals';
import type { TargetedKeyboardEvent } from 'preact';
import { LayoutNotice } from '@/components/layout-notice';
import { lazyComponent } from '@/components/lazy';
import { NavIcon } from '@/components/nav-icons';
import { useAppState } from '@/components/state/app-state';
import { LAST_SECTION_KEY } from '@/components/state/side-panel-section';
import { CalendarView } from '@/components/views/calendar-view';
import { InboxView } from '@/components/views/inbox-view';
import { ReportsView } from '@/components/views/reports-view';
import { SettingsView } from '@/components/views/settings-view';
import type { MessageKey } from '@/lib/i18n';

// Sections other than the first one shown load on first use: the side panel's first paint carries
// only what it draws.
const TemplatesView = lazyComponent(() =>
  import('@/components/views/templates-view').then((module) => module.TemplatesView),
);
const AccountsView = lazyComponent(() =>
  import('@/components/views/accounts-view').then((module) => module.AccountsView),
);
const SiteHealthView = lazyComponent(() =>
  import('@/components/views/site-health-view').then((module) => module.SiteHealthView),
);

const SECTIONS = ['inbox', 'calendar', 'templates', 'accounts', 'reports', 'health', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

const LABELS: Record<Section, MessageKey> = {
  inbox: 'navInbox',
  calendar: 'navCalendar',
  templates: 'navTemplates',
  accounts: 'navAccounts',
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
  }
}

const isSection = (value: string | null): value is Section => (SECTIONS as readonly string[]).includes(value ?? '');

/** The section asked for in the address, else the last one shown, else the inbox. */
function initialSection(): Section {
  const wanted = new URLSearchParams(location.search).get('section');
  if (isSection(wanted)) return wanted;
  const last = localStorage.getItem(LAST_SECTION_KEY);
  return isSection(last) ? last : 'inbox';
}

/** The side panel: a tab list of sections (arrow keys move between them) and the chosen one. */
export function SidePanelApp() {
  const { t } = useAppState();
  const current = useSignal<Section>(initialSection());
  useSignalEffect(() => localStorage.setItem(LAST_SECTION_KEY, current.value));

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
    <div class="panel">
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
      {current.value !== 'health' && <LayoutNotice onOpenHealth={() => (current.value = 'health')} />}
      <div id="panel-body" role="tabpanel" aria-labelledby={`tab-${current.value}`} class="panel-body">
        <SectionBody section={current.value} />
      </div>
    </div>
  );
}

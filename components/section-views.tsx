import { lazyComponent } from '@/components/lazy';
import type { Section } from '@/components/state/navigation';
import { InboxView } from '@/components/views/inbox-view';

// Every section but the inbox (the panel's home) loads on first use: the side panel's first paint
// carries only the inbox. Pointing at a section's tab starts loading it (sectionViewPreload).
const CalendarView = lazyComponent(() =>
  import('@/components/views/calendar-view').then((module) => module.CalendarView),
);
const TemplatesView = lazyComponent(() =>
  import('@/components/views/templates-view').then((module) => module.TemplatesView),
);
const AccountsView = lazyComponent(() =>
  import('@/components/views/accounts-view').then((module) => module.AccountsView),
);
const PeopleView = lazyComponent(() => import('@/components/people/people-view').then((module) => module.PeopleView));
const ReportsView = lazyComponent(() =>
  import('@/components/reports/dashboard').then((module) => module.ReportsDashboard),
);
const SiteHealthView = lazyComponent(() =>
  import('@/components/views/site-health-view').then((module) => module.SiteHealthView),
);
const SettingsView = lazyComponent(() =>
  import('@/components/views/settings-view').then((module) => module.SettingsView),
);

const LAZY_VIEWS = {
  calendar: CalendarView,
  templates: TemplatesView,
  accounts: AccountsView,
  people: PeopleView,
  reports: ReportsView,
  health: SiteHealthView,
  settings: SettingsView,
} as const;

/** Starts loading a section's code ahead of its first showing (nothing for the inbox, always there). */
export function preloadSectionView(section: Section): void {
  if (section !== 'inbox') LAZY_VIEWS[section].preload();
}

export function SectionBody({ section }: { section: Section }) {
  if (section === 'inbox') return <InboxView />;
  const View = LAZY_VIEWS[section];
  return <View />;
}

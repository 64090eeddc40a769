import { useSignal, useSignalEffect } from '@preact/signals';
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { CaptureAnnouncer } from '@/components/announcer';
import { LayoutNotice } from '@/components/layout-notice';
import { NavIcon } from '@/components/nav-icons';
import { FirstRunChecklist } from '@/components/onboarding/checklist-gate';
import { preloadSectionView, SectionBody } from '@/components/section-views';
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
import type { MessageKey } from '@/lib/i18n';
import { keepTeamLive } from '@/lib/team-live';

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

/** How long a focus waits for its section to draw (a section's code may still be loading). */
const FOCUS_WAIT_MS = 2000;

/** Focuses `selector` in the main landmark once it is drawn, else the landmark itself. */
function focusWhenDrawn(selector: string | undefined, since = performance.now()): void {
  requestAnimationFrame(() => {
    const target = selector ? document.querySelector<HTMLElement>(`#main ${selector}`) : null;
    if (!target && selector && performance.now() - since < FOCUS_WAIT_MS) return focusWhenDrawn(selector, since);
    (target ?? document.getElementById('main'))?.focus();
  });
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
    focusWhenDrawn(focus);
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
                onPointerEnter={() => preloadSectionView(section)}
                onFocus={() => preloadSectionView(section)}
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

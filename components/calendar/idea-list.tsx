import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { deleteEntry } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { NetworkOptions } from '@/components/network-options';
import { useAppState } from '@/components/state/app-state';
import type { CalendarEntry } from '@/lib/calendar/entry';
import { filterIdeas, nextPlanSlot, planFromIdea } from '@/lib/calendar/idea';
import { userWindows } from '@/lib/calendar/settings';
import { now } from '@/lib/clock';
import { sendToBackground } from '@/lib/messaging/client';
import { DEFAULT_NETWORK, NETWORK_NAMES, type Network } from '@/lib/networks';
import { watchStore } from '@/lib/storage/db-revision';

/**
 * The calendar's content ideas: saved from posts, pages and selections, searched and filtered by
 * network, each turned into a planned post (the entry editor, with its per-network variants).
 */
export function IdeaList({ state }: { state: CalendarState }) {
  const { t, locale } = useAppState();
  const ideas = useSignal<CalendarEntry[] | null>(null);
  const search = useSignal('');
  const network = useSignal<Network | ''>('');
  useEffect(() => {
    let live = true;
    const load = () =>
      sendToBackground('listIdeas', {}).then((value) => {
        if (live) ideas.value = value.entries as CalendarEntry[];
      });
    void load();
    const stop = watchStore('posts', () => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  const day = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium' });
  const all = ideas.value ?? [];
  const shown = filterIdeas(all, search.value, network.value);
  const plan = (idea: CalendarEntry) => {
    const target = idea.networks[0] ?? DEFAULT_NETWORK;
    const start = userWindows(state.settings.value, target)[0]?.start ?? '21:00';
    state.editing.value = {
      ...planFromIdea(idea, nextPlanSlot(start, idea.timeZone, now())),
      status: 'scheduled',
      networks: idea.networks.length > 0 ? idea.networks : [target],
    };
  };
  return (
    <section class="idea-list" aria-labelledby="ideas-heading">
      <h3 id="ideas-heading">{t('ideas_title', [String(all.length)])}</h3>
      <div class="calendar-toolbar__row">
        <label class="compact-field">
          <span>{t('ideas_search')}</span>
          <input type="search" value={search.value} onInput={(e) => (search.value = e.currentTarget.value)} />
        </label>
        <label class="compact-field">
          <span>{t('calendarFilterNetwork')}</span>
          <select value={network.value} onChange={(e) => (network.value = e.currentTarget.value as Network | '')}>
            <option value="">{t('calendarFilterAll')}</option>
            <NetworkOptions />
          </select>
        </label>
      </div>
      {ideas.value && all.length === 0 && <p class="muted">{t('ideas_empty')}</p>}
      {all.length > 0 && shown.length === 0 && <p class="muted">{t('ideas_noMatch')}</p>}
      <ul class="idea-list__items" aria-label={t('ideas_listLabel')}>
        {shown.map((idea) => (
          <li key={idea.id} class="idea" data-testid="idea">
            <p class="idea__title">{idea.title}</p>
            <p class="muted">
              {[
                idea.source?.network ? NETWORK_NAMES[idea.source.network] : '',
                idea.source?.author,
                day.format(idea.createdAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {idea.source?.quote && <blockquote class="idea__quote">{idea.source.quote}</blockquote>}
            <div class="actions">
              {idea.source?.url && (
                <a href={idea.source.url} target="_blank" rel="noopener noreferrer">
                  {t('ideas_openSource')}
                </a>
              )}
              <button type="button" class="primary" onClick={() => plan(idea)}>
                {t('ideas_plan')}
              </button>
              <button type="button" onClick={() => void deleteEntry(state, idea, t)}>
                {t('ideas_delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

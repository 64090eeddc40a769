import { useSignal } from '@preact/signals';
import { EmptyState } from '@/components/empty-state';
import { PERSON_TAG_LABELS } from '@/components/people/labels';
import { PersonDetail } from '@/components/people/person-detail';
import { usePeople } from '@/components/people/use-people';
import { useAppState } from '@/components/state/app-state';
import { NETWORK_NAMES } from '@/lib/networks';
import { filterPeople, type Person } from '@/lib/people/aggregate';
import { PERSON_TAGS, type PersonTag } from '@/lib/people/person';
import { personRef } from '@/lib/people/refs';
import '@/components/people/people.css';

const refsOf = (person: Person) => person.handles.map((each) => personRef(each.network, each.handle));

/** Side panel → People: the authors of the captures, per handle or linked across networks, with their tags. */
export function PeopleView() {
  const { t, tCount, locale } = useAppState();
  const { people, error } = usePeople();
  const search = useSignal('');
  const tag = useSignal<PersonTag | ''>('');
  /** The open person by one of their handles: tagging or linking gives them a new id, not new handles. */
  const openRef = useSignal<string | null>(null);
  const day = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium' });
  const all = people.value ?? [];
  const open = openRef.value ? all.find((person) => refsOf(person).includes(openRef.value as string)) : undefined;
  if (open) {
    return (
      <PersonDetail
        key={openRef.value}
        person={open}
        others={all.filter((person) => person.id !== open.id)}
        onClose={() => (openRef.value = null)}
      />
    );
  }
  const shown = filterPeople(all, search.value, tag.value);
  return (
    <section class="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people_title')}</h2>
      {error.value && <p role="alert">{error.value}</p>}
      {people.value && all.length === 0 ? (
        <EmptyState title="people_emptyTitle" body="people_emptyBody" />
      ) : (
        <>
          <div class="people-filters">
            <label class="field">
              <span>{t('people_search')}</span>
              <input type="search" value={search.value} onInput={(e) => (search.value = e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>{t('people_filterTag')}</span>
              <select value={tag.value} onChange={(e) => (tag.value = e.currentTarget.value as PersonTag | '')}>
                <option value="">{t('people_allTags')}</option>
                {PERSON_TAGS.map((each) => (
                  <option key={each} value={each}>
                    {t(PERSON_TAG_LABELS[each])}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul class="people-list" aria-label={t('people_title')}>
            {shown.map((person) => (
              <li key={person.id} class={person.highlighted ? 'is-highlighted' : undefined}>
                <button type="button" class="person-row" onClick={() => (openRef.value = refsOf(person)[0] ?? null)}>
                  <span class="person-row__name">
                    {person.highlighted && <span aria-hidden="true">★ </span>}
                    {person.name}
                  </span>
                  <span class="muted person-row__handles">
                    {person.handles.map((each) => `${NETWORK_NAMES[each.network]} ${each.handle}`).join(' · ')}
                  </span>
                  <span class="person-row__facts">
                    {tCount({ one: 'people_capturesOne', other: 'people_capturesOther' }, person.captures)}
                    {person.lastSeen !== null && ` · ${t('people_lastSeenOn', [day.format(person.lastSeen)])}`}
                  </span>
                  {person.tags.length > 0 && (
                    <span class="person-row__tags">
                      {person.tags.map((each) => (
                        <span key={each} class={`pill person-tag person-tag-${each}`}>
                          {t(PERSON_TAG_LABELS[each])}
                        </span>
                      ))}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p class="muted">{t('people_noMatch')}</p>}
        </>
      )}
    </section>
  );
}

import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { SENTIMENT_LABELS, SentimentBadge, StatusBadge } from '@/components/inbox/badges';
import { PERSON_TAG_LABELS } from '@/components/people/labels';
import { peopleActions } from '@/components/people/people-actions';
import { useAppState } from '@/components/state/app-state';
import type { InboxItem } from '@/lib/inbox/item';
import { NETWORK_NAMES } from '@/lib/networks';
import type { Person } from '@/lib/people/aggregate';
import { PERSON_TAGS, type PersonTag } from '@/lib/people/person';

interface Props {
  person: Person;
  others: readonly Person[];
  onClose: () => void;
}

/** One person: handles and their profiles, counts, sentiment history, tags, notes, links, captured items. */
export function PersonDetail({ person, others, onClose }: Props) {
  const { t, locale } = useAppState();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useSignal<{ total: number; items: InboxItem[] } | null>(null);
  const notes = useSignal(person.notes);
  const linkTo = useSignal('');
  const status = useSignal('');
  const day = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium' });
  const handlesKey = person.handles.map((each) => `${each.network}:${each.handle}`).join(' ');
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void peopleActions.items(person.handles).then((value) => {
      items.value = value as { total: number; items: InboxItem[] };
    });
  }, [handlesKey, person.captures]);

  const toggleTag = (tag: PersonTag, on: boolean) =>
    void peopleActions.setTags(person.handles, on ? [...person.tags, tag] : person.tags.filter((each) => each !== tag));
  const share = person.answeredShare === null ? '–' : `${Math.round(person.answeredShare * 100)} %`;
  return (
    <section class="person-detail" aria-labelledby="person-heading" data-testid="person-detail">
      <header class="item-detail__head">
        <button type="button" onClick={onClose}>
          {t('inboxBack')}
        </button>
        <h2 id="person-heading" ref={heading} tabIndex={-1}>
          {person.name}
        </h2>
      </header>
      <ul class="person-handles" aria-label={t('people_handles')}>
        {person.handles.map((handle) => (
          <li key={`${handle.network}:${handle.handle}`}>
            <span>
              {NETWORK_NAMES[handle.network]} · {handle.handle}
            </span>{' '}
            {handle.url ? (
              <a href={handle.url} target="_blank" rel="noopener noreferrer">
                {t('people_openProfile')}
              </a>
            ) : (
              <span class="muted">{t('people_noProfile')}</span>
            )}
            {person.handles.length > 1 && (
              <button type="button" class="link" onClick={() => void peopleActions.unlink(handle)}>
                {t('people_unlink')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <dl class="person-facts">
        <dt>{t('people_captures')}</dt>
        <dd data-testid="person-captures">{person.captures}</dd>
        <dt>{t('people_firstSeen')}</dt>
        <dd>{person.firstSeen === null ? '–' : day.format(person.firstSeen)}</dd>
        <dt>{t('people_lastSeen')}</dt>
        <dd>{person.lastSeen === null ? '–' : day.format(person.lastSeen)}</dd>
        <dt>{t('people_answeredShare')}</dt>
        <dd data-testid="person-answered">{share}</dd>
      </dl>
      {person.sentimentHistory.length > 0 && (
        <div>
          <h3>{t('people_sentimentHistory')}</h3>
          <ol class="sentiment-history" aria-label={t('people_sentimentHistory')}>
            {person.sentimentHistory.slice(-20).map((entry) => (
              <li key={entry.at} title={`${day.format(entry.at)} · ${t(SENTIMENT_LABELS[entry.sentiment])}`}>
                <SentimentBadge sentiment={entry.sentiment} />
              </li>
            ))}
          </ol>
        </div>
      )}
      <fieldset class="field person-tags">
        <legend>{t('people_tags')}</legend>
        {PERSON_TAGS.map((tag) => (
          <label key={tag} class="radio">
            <input
              type="checkbox"
              checked={person.tags.includes(tag)}
              onChange={(event) => toggleTag(tag, event.currentTarget.checked)}
            />
            {t(PERSON_TAG_LABELS[tag])}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('people_notes')}</span>
        <textarea
          rows={3}
          value={notes.value}
          onInput={(event) => (notes.value = event.currentTarget.value)}
          onBlur={() => {
            if (notes.value !== person.notes) void peopleActions.setNotes(person.handles, notes.value);
          }}
        />
      </label>
      {others.length > 0 && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const other = others.find((each) => each.id === linkTo.value);
            if (other) void peopleActions.link(person.handles, other.handles);
          }}
        >
          <label class="field">
            <span>{t('people_linkWith')}</span>
            <select value={linkTo.value} onChange={(event) => (linkTo.value = event.currentTarget.value)}>
              <option value="">–</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name} (
                  {other.handles.map((each) => `${NETWORK_NAMES[each.network]} ${each.handle}`).join(', ')})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!linkTo.value}>
            {t('people_link')}
          </button>
        </form>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={person.captures === 0}
          onClick={() =>
            void peopleActions.addToReport(person.handles).then(({ changed }) => {
              status.value = t('people_addedToReport', [String(changed)]);
            })
          }
        >
          {t('people_addToReport')}
        </button>
        <span role="status" class="muted">
          {status.value}
        </span>
      </div>
      <h3>{t('people_items', [String(items.value?.total ?? person.captures)])}</h3>
      <ul class="person-items" data-testid="person-items">
        {items.value?.items.map((item) => (
          <li key={item.id}>
            <p class="muted">
              {NETWORK_NAMES[item.network]} · {day.format(item.capturedAt)} <StatusBadge status={item.status} />
            </p>
            <p class="person-item__text">{item.text}</p>
            <a href={item.permalink} target="_blank" rel="noopener noreferrer">
              {t('inboxOpenPost')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

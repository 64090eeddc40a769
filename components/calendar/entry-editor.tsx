import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { deleteEntry, publishNow, saveEntry } from '@/components/calendar/calendar-actions';
import type { CalendarState } from '@/components/calendar/calendar-state';
import { VariantRow } from '@/components/calendar/variant-row';
import { useEditDraft } from '@/components/drafts/edit-drafts';
import { useAppState } from '@/components/state/app-state';
import { bestSlots } from '@/lib/calendar/best-time';
import type { CalendarEntry, EntryInput } from '@/lib/calendar/entry';
import { POST_STATUSES } from '@/lib/calendar/post';
import { formatWindow } from '@/lib/calendar/settings';
import { isLocalDateTime, isValidZone, placeLocal, splitLocal } from '@/lib/calendar/time';
import { draftKey } from '@/lib/drafts/edit-draft';
import { NETWORK_NAMES, NETWORKS, type Network } from '@/lib/networks';

type Input = TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, Event>;

/** Explains how a wall-clock time that DST skips or repeats is placed. */
function dstNote(t: ReturnType<typeof useAppState>['t'], localDateTime: string, zone: string): string {
  if (!isLocalDateTime(localDateTime) || !isValidZone(zone)) return '';
  const placed = placeLocal(localDateTime, zone);
  const { time } = splitLocal(localDateTime);
  if (placed.kind === 'gap') return t('calendarDstGap', [time, zone, splitLocal(placed.shiftedTo).time]);
  if (placed.kind === 'overlap') return t('calendarDstOverlap', [time, zone]);
  return '';
}

/** The entry editor: title, base text, date/time/zone, status, labels, notes, and one variant per network. */
export function EntryEditor({ state, initial }: { state: CalendarState; initial: EntryInput }) {
  const { t } = useAppState();
  const draft = useSignal<EntryInput>(initial);
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const value = draft.value;
  const update = (patch: Partial<EntryInput>) => {
    draft.value = { ...draft.value, ...patch };
  };
  // Kept as a draft until saved or cancelled (the panel may close mid-edit).
  const kept = useEditDraft(draftKey('calendar', initial.id), 'calendar', value.title, value);
  const cancel = () => {
    void kept.forget();
    state.editing.value = null;
  };
  const { date, time } = splitLocal(value.localDateTime);
  const networks = value.networks ?? [];
  const stored = state.entries.value.find((entry) => entry.id === value.id) as CalendarEntry | undefined;
  const note = dstNote(t, value.localDateTime, value.timeZone);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const toggleNetwork = (network: Network, on: boolean) =>
    update({
      networks: on
        ? NETWORKS.filter((n) => n === network || networks.includes(n))
        : networks.filter((n) => n !== network),
    });
  const submit = (event: Event) => {
    event.preventDefault();
    const release = kept.hold();
    void saveEntry(state, draft.value, t).then((saved) => (saved ? kept.forget() : release()));
  };
  return (
    <form
      class="entry-editor"
      aria-labelledby="entry-editor-heading"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
      }}
    >
      <h3 id="entry-editor-heading">{value.id ? t('calendarEditTitle') : t('calendarNewTitle')}</h3>
      <label class="field">
        <span>{t('calendarTitle')}</span>
        <input
          ref={title}
          name="title"
          required
          maxLength={300}
          value={value.title}
          onInput={(e: Input) => update({ title: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('calendarBaseText')}</span>
        <textarea
          name="text"
          rows={4}
          value={value.text}
          onInput={(e: Input) => update({ text: e.currentTarget.value })}
        />
      </label>
      <div class="entry-editor__row">
        <label class="compact-field">
          <span>{t('calendarDate')}</span>
          <input
            type="date"
            name="date"
            required
            value={date}
            onInput={(e: Input) => update({ localDateTime: `${e.currentTarget.value}T${time}` })}
          />
        </label>
        <label class="compact-field">
          <span>{t('calendarTime')}</span>
          <input
            type="time"
            name="time"
            required
            value={time}
            onInput={(e: Input) => update({ localDateTime: `${date}T${e.currentTarget.value}` })}
          />
        </label>
        <label class="compact-field">
          <span>{t('calendarZone')}</span>
          <input
            name="timeZone"
            list="calendar-zones"
            value={value.timeZone}
            onChange={(e: Input) => update({ timeZone: e.currentTarget.value.trim() })}
          />
        </label>
        <datalist id="calendar-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <label class="compact-field">
          <span>{t('calendarStatus')}</span>
          <select
            name="status"
            value={value.status}
            onChange={(e: Input) => update({ status: e.currentTarget.value as EntryInput['status'] })}
          >
            {POST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`calendarStatus_${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {note && (
        <p class="notice" role="status">
          {note}
        </p>
      )}
      {!isValidZone(value.timeZone) && (
        <p class="notice is-error" role="alert">
          {t('calendarZoneInvalid', [value.timeZone])}
        </p>
      )}
      <div class="entry-editor__row">
        <label class="compact-field">
          <span>{t('calendarLabels')}</span>
          <input
            name="labels"
            value={(value.labels ?? []).join(', ')}
            onChange={(e: Input) =>
              update({
                labels: e.currentTarget.value
                  .split(',')
                  .map((l) => l.trim())
                  .filter(Boolean),
              })
            }
          />
        </label>
        <label class="compact-field">
          <span>{t('calendarCampaign')}</span>
          <input
            name="campaign"
            value={value.campaign}
            onInput={(e: Input) => update({ campaign: e.currentTarget.value })}
          />
        </label>
      </div>
      <label class="field">
        <span>{t('calendarNotes')}</span>
        <textarea
          name="notes"
          rows={2}
          value={value.notes}
          onInput={(e: Input) => update({ notes: e.currentTarget.value })}
        />
      </label>
      <fieldset class="entry-editor__networks">
        <legend>{t('calendarNetworks')}</legend>
        {NETWORKS.map((network) => (
          <label key={network} class="radio">
            <input
              type="checkbox"
              name={`network-${network}`}
              checked={networks.includes(network)}
              onChange={(e: Input) => toggleNetwork(network, (e.currentTarget as HTMLInputElement).checked)}
            />
            {NETWORK_NAMES[network]}
          </label>
        ))}
      </fieldset>
      {networks.map((network) => (
        <div key={network}>
          <VariantRow network={network} draft={value} onChange={(variants) => update({ variants })} />
          <p class="muted best-hint">
            {bestSlots(network, state.settings.value, state.learned.value)
              .map((slot) => `${formatWindow(slot.window)} (${t(`calendarBest_${slot.source}`)})`)
              .join(' · ')}
          </p>
        </div>
      ))}
      <div class="entry-editor__actions">
        <button type="submit" class="primary">
          {t('calendarSave')}
        </button>
        <button type="button" onClick={cancel}>
          {t('calendarCancel')}
        </button>
        {stored &&
          stored.status !== 'published' &&
          stored.networks.map((network) => (
            <button key={network} type="button" onClick={() => void publishNow(state, stored, network)}>
              {t('calendarPublishOn', [NETWORK_NAMES[network]])}
            </button>
          ))}
        {stored && (
          <button type="button" class="danger" onClick={() => void deleteEntry(state, stored, t)}>
            {t('calendarDelete')}
          </button>
        )}
      </div>
    </form>
  );
}

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { inboxTeamItem, readInboxTeam } from '@/lib/storage/inbox-team';

/** Settings → Inbox team: the names offered when assigning an item (free text still works). */
export function InboxTeamSettings() {
  const { t } = useAppState();
  const team = useSignal<string[]>([]);
  const draft = useSignal('');
  useEffect(() => {
    const load = () => void readInboxTeam().then((names) => (team.value = names));
    load();
    return inboxTeamItem.watch(load);
  }, []);
  const save = (names: string[]) => void inboxTeamItem.setValue(names);
  return (
    <fieldset class="field">
      <legend>{t('settingsInboxTeam')}</legend>
      <p class="muted">{t('settingsInboxTeamHint')}</p>
      <ul class="chip-list">
        {team.value.map((name) => (
          <li key={name} class="chip">
            {name}
            <button
              type="button"
              aria-label={t('settingsInboxTeamRemove', [name])}
              onClick={() => save(team.value.filter((other) => other !== name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const name = draft.value.trim();
          if (name && !team.value.includes(name)) save([...team.value, name]);
          draft.value = '';
        }}
      >
        <input
          aria-label={t('settingsInboxTeamAdd')}
          maxLength={200}
          value={draft.value}
          onInput={(event) => (draft.value = event.currentTarget.value)}
        />
        <button type="submit">{t('settingsInboxTeamAddButton')}</button>
      </form>
    </fieldset>
  );
}

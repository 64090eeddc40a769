import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useAppState } from '@/components/state/app-state';
import { saveSettings } from '@/components/state/settings-actions';
import { releaseInstanceAccess, requestInstanceAccess } from '@/lib/granted-server-access';
import { normaliseInstanceHost } from '@/lib/networks';

/** Mastodon runs on thousands of servers: the user names theirs and grants access to each. */
export function MastodonInstances() {
  const state = useAppState();
  const { t, settings } = state;
  const draft = useSignal('');
  const problem = useSignal<string | null>(null);
  const instances = settings.value.mastodonInstances;

  const add = (event: TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    const host = normaliseInstanceHost(draft.value);
    if (!host) {
      problem.value = t('settingsMastodonInvalid');
      return;
    }
    // The permission prompt must open inside the click, before anything else is awaited.
    void requestInstanceAccess(host).then(async (granted) => {
      if (!granted) {
        problem.value = t('settingsMastodonDenied', [host]);
        return;
      }
      problem.value = null;
      draft.value = '';
      const list = settings.value.mastodonInstances;
      if (!list.includes(host)) await saveSettings(state, { mastodonInstances: [...list, host] });
    });
  };

  const remove = async (host: string) => {
    await saveSettings(state, { mastodonInstances: instances.filter((item) => item !== host) });
    await releaseInstanceAccess(host);
  };

  return (
    <fieldset class="field">
      <legend>{t('settingsMastodon')}</legend>
      <p class="muted">{t('settingsMastodonHint')}</p>
      <ul class="chip-list">
        {instances.map((host) => (
          <li key={host} class="chip">
            {host}
            <button type="button" aria-label={t('settingsMastodonRemove', [host])} onClick={() => void remove(host)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <input
          name="mastodonHost"
          placeholder="mastodon.social"
          value={draft.value}
          aria-label={t('settingsMastodon')}
          onInput={(event) => {
            draft.value = event.currentTarget.value;
          }}
        />
        <button type="submit">{t('settingsMastodonAdd')}</button>
      </form>
      {problem.value && <p role="alert">{problem.value}</p>}
    </fieldset>
  );
}

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { listShortcuts, openShortcutSettings, type Shortcut } from '@/lib/shortcuts';

/** The shortcuts as the browser has them bound, with the way to change them. */
export function ShortcutList() {
  const { t } = useAppState();
  const shortcuts = useSignal<Shortcut[]>([]);
  useEffect(() => {
    void listShortcuts().then((list) => {
      shortcuts.value = list;
    });
  }, []);
  return (
    <fieldset class="field">
      <legend>{t('settingsShortcuts')}</legend>
      <dl class="shortcuts">
        {shortcuts.value.map((item) => (
          <div key={item.name}>
            <dt>
              <kbd>{item.shortcut || '—'}</kbd>
            </dt>
            <dd>{item.description}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">
        {t('settingsShortcutsHint')}{' '}
        <button type="button" class="link" onClick={() => void openShortcutSettings()}>
          {t('settingsShortcuts')}
        </button>
      </p>
    </fieldset>
  );
}

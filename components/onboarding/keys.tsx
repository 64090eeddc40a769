import { Fragment } from 'preact';
import { useAppState } from '@/components/state/app-state';
import { openShortcutSettings } from '@/lib/shortcuts';

/** A key combination as the browser reports it ("Alt+Shift+K"), one <kbd> per key. */
export function Keys({ combo }: { combo: string }) {
  const keys = combo.split('+').filter(Boolean);
  return (
    <kbd class="keys">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** One key bound to a command, or the plain fact that none is (with the way to bind one). */
export function CommandKey({ combo }: { combo: string | undefined }) {
  const { t } = useAppState();
  if (combo) return <Keys combo={combo} />;
  return (
    <button type="button" class="link" onClick={() => void openShortcutSettings()}>
      {t('checklistKeyUnset')}
    </button>
  );
}

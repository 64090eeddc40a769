import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';

/** The inbox's keys, shown by "?". */
export const INBOX_KEYS: readonly [string, MessageKey][] = [
  ['j / ↓', 'inboxKeyNext'],
  ['k / ↑', 'inboxKeyPrevious'],
  ['x', 'inboxKeySelect'],
  ['Enter', 'inboxKeyOpen'],
  ['e', 'inboxKeyArchive'],
  ['a', 'inboxKeyAssign'],
  ['t', 'inboxKeyTag'],
  ['s', 'inboxKeyStatus'],
  ['r', 'inboxKeyReply'],
  ['/', 'inboxKeySearch'],
  ['?', 'inboxKeyHelp'],
  ['Esc', 'inboxKeyClose'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useAppState();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      class="help-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="inbox-help-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="help-overlay__box">
        <h3 id="inbox-help-heading">{t('inboxHelpTitle')}</h3>
        <dl class="shortcuts">
          {INBOX_KEYS.map(([key, label]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" onClick={onClose}>
          {t('inboxClose')}
        </button>
      </div>
    </div>
  );
}

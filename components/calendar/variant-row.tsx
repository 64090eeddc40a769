import { useAppState } from '@/components/state/app-state';
import type { EntryInput } from '@/lib/calendar/entry';
import type { Network } from '@/lib/networks';
import { NETWORK_NAMES } from '@/lib/networks';
import { checkLength } from '@/lib/text/length';

interface Props {
  network: Network;
  draft: EntryInput;
  onChange: (variants: EntryInput['variants']) => void;
}

/** One network of an entry: target account, own text or the base text, and a live length check. */
export function VariantRow({ network, draft, onChange }: Props) {
  const { t } = useAppState();
  const variant = draft.variants?.[network] ?? {};
  const own = variant.text !== undefined;
  const text = own ? (variant.text ?? '') : (draft.text ?? '');
  const check = checkLength(network, text, 'post');
  const set = (patch: { text?: string | undefined; account?: string }) => {
    const next = { ...variant, ...patch };
    if (next.text === undefined) delete next.text;
    onChange({ ...draft.variants, [network]: next });
  };
  const id = `variant-${network}`;
  return (
    <fieldset class={`variant${check.over ? ' is-over' : ''}`} data-network={network}>
      <legend>{NETWORK_NAMES[network]}</legend>
      <label class="compact-field">
        <span>{t('calendarAccount')}</span>
        <input
          name={`${network}-account`}
          value={variant.account ?? ''}
          placeholder="@acme"
          maxLength={200}
          onInput={(event) => set({ account: event.currentTarget.value.trim().replace(/^@/, '') })}
        />
      </label>
      <label class="radio">
        <input
          type="checkbox"
          name={`${network}-own`}
          checked={own}
          onChange={(event) => set({ text: event.currentTarget.checked ? (draft.text ?? '') : undefined })}
        />
        {t('calendarOwnText')}
      </label>
      <textarea
        id={id}
        name={`${network}-text`}
        aria-label={t('calendarVariantText', [NETWORK_NAMES[network]])}
        aria-describedby={`${id}-count`}
        value={text}
        readOnly={!own}
        rows={own ? 4 : 2}
        class={own ? '' : 'is-inherited'}
        onInput={(event) => set({ text: event.currentTarget.value })}
      />
      <small id={`${id}-count`} class={`length${check.over ? ' is-over' : ''}`} role={check.over ? 'alert' : undefined}>
        {check.limit === null
          ? t('calendarLengthNoLimit', [String(check.count)])
          : check.over
            ? t('calendarLengthOver', [String(check.count), String(check.limit), String(-(check.remaining ?? 0))])
            : t('calendarLength', [String(check.count), String(check.limit)])}
        {own ? '' : ` · ${t('calendarInherits')}`}
      </small>
    </fieldset>
  );
}

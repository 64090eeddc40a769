import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { saveAccount } from '@/components/accounts/account-actions';
import { type Draft, type Input, toDraft } from '@/components/accounts/account-draft';
import { HoursFields } from '@/components/accounts/hours-fields';
import { ROLE_LABELS } from '@/components/accounts/role-labels';
import { NetworkOptions } from '@/components/network-options';
import { useAppState } from '@/components/state/app-state';
import {
  ACCOUNT_COLOURS,
  ACCOUNT_ROLES,
  type AccountRole,
  parseAccounts,
  type RegisteredAccount,
  splitWords,
} from '@/lib/guard/accounts';
import { cleanHandle, displayHandle } from '@/lib/guard/handles';
import type { Network } from '@/lib/networks';

/** Adds or edits one account of the registry. `account` null: a new one. */
export function AccountForm({
  account,
  isNew,
  onDone,
}: {
  account: RegisteredAccount | null;
  isNew: boolean;
  onDone: () => void;
}) {
  const { t } = useAppState();
  const draft = useSignal<Draft>(toDraft(account));
  const problem = useSignal<string | null>(null);
  const d = draft.value;
  const set = (patch: Partial<Draft>) => {
    draft.value = { ...draft.value, ...patch };
  };

  const submit = async (event: TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    if (!cleanHandle(d.network, d.handle)) {
      problem.value = t('accountHandleMissing');
      return;
    }
    const [parsed] = parseAccounts([
      {
        id: account?.id ?? crypto.randomUUID(),
        network: d.network,
        handle: cleanHandle(d.network, d.handle),
        displayName: d.displayName.trim(),
        role: d.role,
        label: d.label.trim(),
        colour: d.colour,
        brandKeywords: splitWords(d.brandKeywords),
        neverWords: splitWords(d.neverWords),
        alwaysConfirm: d.alwaysConfirm,
        hours:
          d.hoursOn && d.days.length
            ? { days: [...d.days].sort(), start: d.start, end: d.end, timeZone: d.timeZone.trim() || 'UTC' }
            : undefined,
      },
    ]);
    if (!parsed) {
      problem.value = t('accountHandleMissing');
      return;
    }
    if ((await saveAccount(parsed)) === 'duplicate') {
      problem.value = t('accountDuplicate');
      return;
    }
    onDone();
  };

  const title = account && !isNew ? t('accountsEditTitle', [displayHandle(account.handle)]) : t('accountsAdd');
  return (
    <form class="account-form" aria-label={title} onSubmit={(event) => void submit(event)} data-testid="account-form">
      <h3>{title}</h3>
      <div class="row">
        <label class="field">
          <span>{t('accountFieldNetwork')}</span>
          <select
            name="network"
            value={d.network}
            onChange={(e: Input) => set({ network: e.currentTarget.value as Network })}
          >
            <NetworkOptions />
          </select>
        </label>
        <label class="field">
          <span>{t('accountFieldRole')}</span>
          <select
            name="role"
            value={d.role}
            onChange={(e: Input) => set({ role: e.currentTarget.value as AccountRole })}
          >
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(ROLE_LABELS[role])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="field">
        <label for="account-handle">{t('accountFieldHandle')}</label>
        <input
          id="account-handle"
          name="handle"
          required
          maxLength={300}
          value={d.handle}
          aria-describedby="handle-hint"
          onInput={(e: Input) => set({ handle: e.currentTarget.value })}
        />
        <small id="handle-hint" class="muted">
          {t('accountFieldHandleHint')}
        </small>
      </div>
      <div class="row">
        <label class="field">
          <span>{t('accountFieldDisplayName')}</span>
          <input
            name="displayName"
            maxLength={300}
            value={d.displayName}
            onInput={(e: Input) => set({ displayName: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('accountFieldLabel')}</span>
          <input
            name="label"
            maxLength={100}
            value={d.label}
            onInput={(e: Input) => set({ label: e.currentTarget.value })}
          />
        </label>
      </div>
      <fieldset class="field">
        <legend>{t('accountFieldColour')}</legend>
        <div class="colour-choices">
          {ACCOUNT_COLOURS.map((colour, index) => (
            <label key={colour} style={{ '--choice': colour }}>
              <input
                type="radio"
                name="colour"
                value={colour}
                checked={d.colour === colour}
                aria-label={`${t('accountFieldColour')} ${index + 1}`}
                onChange={() => set({ colour })}
              />
              <span />
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        <span>{t('accountFieldBrandKeywords')}</span>
        <textarea
          name="brandKeywords"
          value={d.brandKeywords}
          aria-describedby="words-hint"
          onInput={(e: Input) => set({ brandKeywords: e.currentTarget.value })}
        />
      </label>
      <div class="field">
        <label for="account-never-words">{t('accountFieldNeverWords')}</label>
        <textarea
          id="account-never-words"
          name="neverWords"
          value={d.neverWords}
          aria-describedby="words-hint"
          onInput={(e: Input) => set({ neverWords: e.currentTarget.value })}
        />
        <small id="words-hint" class="muted">
          {t('accountFieldWordsHint')}
        </small>
      </div>
      <label class="radio">
        <input
          type="checkbox"
          name="alwaysConfirm"
          checked={d.alwaysConfirm}
          onChange={(e: Input) => set({ alwaysConfirm: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('accountFieldAlwaysConfirm')}
      </label>
      <HoursFields draft={d} set={set} />
      {problem.value ? (
        <p class="form-error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary">
          {t('accountSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('accountCancel')}
        </button>
      </div>
    </form>
  );
}

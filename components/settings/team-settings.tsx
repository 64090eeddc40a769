import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { serverBase, serverOrigin, type TeamProblem, teamStatusItem } from '@/lib/sync/connection';
import { requestTeamServerAccess } from '@/lib/team-live';

type Status = ResponseOf<'teamStatus'>;
type Outcome = { tone: 'ok' | 'error'; text: string } | null;

const PROBLEM_KEYS: Record<TeamProblem, MessageKey> = {
  insecure: 'teamProblemInsecure',
  'bad-url': 'teamProblemBadUrl',
  unreachable: 'teamProblemUnreachable',
  cors: 'teamProblemCors',
  'wrong-password': 'teamProblemWrongPassword',
  'no-access': 'teamProblemNoAccess',
  'no-database': 'teamProblemNoDatabase',
  permission: 'teamProblemPermission',
};

/**
 * Settings → Team: the team's CouchDB server, database and account. The password goes to the
 * background and is never shown again; the server's host permission is asked on Connect or Test,
 * never at install.
 */
export function TeamSettings() {
  const { t, locale } = useAppState();
  const status = useSignal<Status | null>(null);
  const form = useSignal({ url: '', db: '', user: '', password: '' });
  const outcome = useSignal<Outcome>(null);
  const busy = useSignal(false);

  useEffect(() => {
    const load = () => void sendToBackground('teamStatus', {}).then((next) => (status.value = next));
    load();
    return teamStatusItem.watch(load);
  }, []);

  const field = (name: keyof typeof form.value) => ({
    name: `team-${name}`,
    value: form.value[name],
    onInput: (event: TargetedEvent<HTMLInputElement, Event>) => {
      form.value = { ...form.value, [name]: event.currentTarget.value };
    },
  });

  const submit = async (testOnly: boolean) => {
    outcome.value = null;
    const parsed = serverBase(form.value.url);
    if ('problem' in parsed) {
      outcome.value = { tone: 'error', text: t(PROBLEM_KEYS[parsed.problem]) };
      return;
    }
    busy.value = true;
    try {
      // Asked from the click: the browser shows its prompt only for a user's gesture.
      const granted = await requestTeamServerAccess(serverOrigin(parsed.base)).catch(() => false);
      if (!granted) {
        outcome.value = { tone: 'error', text: t('teamProblemPermission') };
        return;
      }
      const { problem } = await sendToBackground('teamConnect', { ...form.value, url: parsed.base, testOnly });
      if (problem) outcome.value = { tone: 'error', text: t(PROBLEM_KEYS[problem]) };
      else if (testOnly) outcome.value = { tone: 'ok', text: t('teamTestOk', [form.value.user]) };
      else form.value = { ...form.value, password: '' };
    } catch (error) {
      outcome.value = { tone: 'error', text: String(error instanceof Error ? error.message : error) };
    } finally {
      busy.value = false;
    }
  };

  const signOut = async () => {
    busy.value = true;
    try {
      await sendToBackground('teamSignOut', {});
      outcome.value = { tone: 'ok', text: t('teamSignedOut') };
    } finally {
      busy.value = false;
    }
  };

  const connection = status.value?.connection;
  const state = status.value?.status;
  const stateText = () => {
    if (!state) return '';
    if (state.state === 'idle') {
      const at = state.lastSyncAt ? new Date(state.lastSyncAt).toLocaleTimeString(locale.value) : '—';
      return t('teamStateIdle', [at]);
    }
    const keys = {
      off: 'teamStateOff',
      syncing: 'teamStateSyncing',
      offline: 'teamStateOffline',
      error: 'teamStateError',
    } as const;
    const problem = state.state === 'error' && state.problem ? ` ${t(PROBLEM_KEYS[state.problem])}` : '';
    return `${t(keys[state.state])}${problem}`;
  };

  return (
    <fieldset class="field team-settings" data-testid="team-settings">
      <legend>{t('teamTitle')}</legend>
      <p class="muted">{t('teamHint')}</p>
      {connection ? (
        <>
          <p data-testid="team-connected">{t('teamConnectedAs', [connection.url, connection.db, connection.user])}</p>
          <p role="status" data-testid="team-state" data-state={state?.state}>
            {stateText()}
          </p>
          <div class="inline-form">
            <button type="button" disabled={busy.value} onClick={() => void sendToBackground('teamSyncNow', {})}>
              {t('teamSyncNow')}
            </button>
            <button type="button" disabled={busy.value} onClick={() => void signOut()}>
              {t('teamSignOut')}
            </button>
          </div>
        </>
      ) : (
        <form
          class="team-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(false);
          }}
        >
          <label class="field">
            <span>{t('teamUrl')}</span>
            <input type="url" required placeholder="https://couch.example.org" autoComplete="url" {...field('url')} />
          </label>
          <label class="field">
            <span>{t('teamDb')}</span>
            <input required placeholder="brand-team" {...field('db')} />
          </label>
          <label class="field">
            <span>{t('teamUser')}</span>
            <input required autoComplete="username" {...field('user')} />
          </label>
          <label class="field">
            <span>{t('teamPassword')}</span>
            <input
              type="password"
              required
              autoComplete="current-password"
              aria-describedby="team-password-hint"
              {...field('password')}
            />
          </label>
          <small id="team-password-hint" class="muted">
            {t('teamPasswordHint')}
          </small>
          <div class="inline-form">
            <button type="button" disabled={busy.value} onClick={() => void submit(true)}>
              {t('teamTest')}
            </button>
            <button type="submit" disabled={busy.value}>
              {t('teamConnect')}
            </button>
          </div>
        </form>
      )}
      {outcome.value && (
        <p role={outcome.value.tone === 'error' ? 'alert' : 'status'} data-testid="team-outcome">
          {outcome.value.text}
        </p>
      )}
    </fieldset>
  );
}

import { useSignal } from '@preact/signals';
import { downloadText } from '@/components/inbox/download';
import { useAppState } from '@/components/state/app-state';
import { MAX_BACKUP_BYTES } from '@/lib/backup/format';
import { sendToBackground } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';

type Outcome = { tone: 'ok' | 'error'; lines: string[] } | null;

/**
 * Settings → Backup and restore: one JSON file with every store, setting, account and template.
 * The background checks a file whole before writing anything, and merges it with what is here.
 */
export function BackupSettings() {
  const { t } = useAppState();
  const outcome = useSignal<Outcome>(null);
  const busy = useSignal(false);

  const exportAll = async () => {
    busy.value = true;
    try {
      const { json, fileName, counts } = await sendToBackground('exportBackup', {});
      downloadText(json, fileName, 'application/json');
      const shown = [counts.inbox, counts.posts, counts.templates, counts.accounts].map((count) => String(count ?? 0));
      outcome.value = { tone: 'ok', lines: [t('backupExported', shown)] };
    } catch (error) {
      outcome.value = { tone: 'error', lines: [String(error instanceof Error ? error.message : error)] };
    } finally {
      busy.value = false;
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      outcome.value = { tone: 'error', lines: [t('backupTooLarge', [String(MAX_BACKUP_BYTES / 1024 / 1024)])] };
      return;
    }
    busy.value = true;
    try {
      const { problems, report } = await sendToBackground('importBackup', { json: await file.text() });
      outcome.value = report
        ? { tone: 'ok', lines: describe(report, t) }
        : {
            tone: 'error',
            lines: [t('backupRefused'), ...problems.map((problem) => `${problem.path}: ${problem.message}`)],
          };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome.value = { tone: 'error', lines: [t('backupFailed', [reason])] };
    } finally {
      busy.value = false;
    }
  };

  return (
    <fieldset class="field backup-settings" data-testid="backup-settings">
      <legend>{t('backupTitle')}</legend>
      <p class="muted">{t('backupHint')}</p>
      <div class="inline-form">
        <button type="button" disabled={busy.value} onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
        <label class="button-like">
          {t('backupImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            name="backupImport"
            disabled={busy.value}
            onChange={(event) => void restore(event.currentTarget)}
          />
        </label>
      </div>
      {outcome.value && (
        <div role={outcome.value.tone === 'error' ? 'alert' : 'status'} data-testid="backup-outcome">
          {outcome.value.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}

type Translate = ReturnType<typeof useAppState>['t'];
type Report = NonNullable<ResponseOf<'importBackup'>['report']>;

/** What the restore did, in the user's words: what was added, each conflict and whose version stayed. */
function describe(report: Report, t: Translate): string[] {
  const { added, conflicts, keptSettings } = report;
  const lines = [
    t('backupRestored', [added.inbox, added.posts, added.templates, added.accounts, added.events].map(String)),
  ];
  if (conflicts.length > 0) lines.push(t('backupConflicts', [String(conflicts.length)]));
  const kinds = { inbox: 'backupKindInbox', posts: 'backupKindPosts', templates: 'backupKindTemplates' } as const;
  for (const conflict of conflicts.slice(0, 20)) {
    if (conflict.what === 'accounts') lines.push(t('backupConflictAccount', [conflict.id]));
    else {
      const key = conflict.kept === 'file' ? 'backupConflictFile' : 'backupConflictBrowser';
      lines.push(t(key, [t(kinds[conflict.what]), conflict.id]));
    }
  }
  if (keptSettings.length > 0) lines.push(t('backupKeptSettings', [keptSettings.join(', ')]));
  return lines;
}

import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { sendToBackground } from '@/lib/messaging/client';
import {
  type ConflictChoice,
  type ConflictKind,
  conflictEditors,
  type TeamConflict,
  type TeamConflicts,
  teamConflictsItem,
} from '@/lib/sync/conflicts';

/** The name field and the text field each kind shows of a version. */
const FIELDS: Record<ConflictKind, { name: string; text: string }> = {
  template: { name: 'name', text: 'body' },
  calendar: { name: 'title', text: 'text' },
};

/**
 * "Edited by Léa and Tom — keep which?": each template or calendar entry two CMs edited at once,
 * both versions side by side and a choice. The choice goes to the background, which keeps that
 * version for the whole team; nothing is dropped until someone chooses.
 */
export function TeamConflictsPanel({ kind }: { kind: ConflictKind }) {
  const list = useSignal<TeamConflicts | null>(null);
  useEffect(() => {
    void teamConflictsItem.getValue().then((value) => (list.value = value));
    return teamConflictsItem.watch((value) => (list.value = value));
  }, []);
  const mine = list.value?.conflicts.filter((conflict) => conflict.kind === kind) ?? [];
  if (!list.value || mine.length === 0) return null;
  const me = list.value.me;
  return (
    <div class="team-conflicts" data-testid="team-conflicts">
      {mine.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} me={me} />
      ))}
    </div>
  );
}

function ConflictCard({ conflict, me }: { conflict: TeamConflict; me: string }) {
  const { t, locale } = useAppState();
  const busy = useSignal(false);
  const failed = useSignal(false);
  const editors = new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(conflictEditors(conflict));
  const fields = FIELDS[conflict.kind];
  const headingId = `conflict-${conflict.kind}-${conflict.id}`;
  const keep = async (version: ConflictChoice) => {
    busy.value = true;
    failed.value = false;
    try {
      const { resolved } = await sendToBackground('teamResolveConflict', {
        kind: conflict.kind,
        id: conflict.id,
        keep: version.keep,
      });
      failed.value = !resolved;
    } catch {
      failed.value = true;
    } finally {
      busy.value = false;
    }
  };
  return (
    <section class="team-conflict notice" aria-labelledby={headingId}>
      <h3 id={headingId} class="team-conflict-title">
        {t('teamConflictTitle', [editors])}
      </h3>
      <div class="team-conflict-versions">
        {conflict.versions.map((version) => {
          const isMine = version.by === me;
          return (
            <article key={String(version.keep)} class="team-conflict-version">
              <p class="team-conflict-by">{isMine ? t('teamConflictMine') : t('teamConflictTheirs', [version.by])}</p>
              <p class="team-conflict-name">{String(version.texts[fields.name] ?? '')}</p>
              <p class="team-conflict-text">{String(version.texts[fields.text] ?? '')}</p>
              <button type="button" disabled={busy.value} onClick={() => void keep(version)}>
                {isMine ? t('teamConflictKeepMine') : t('teamConflictKeepTheirs', [version.by])}
              </button>
            </article>
          );
        })}
      </div>
      {failed.value && <p role="alert">{t('teamConflictFailed')}</p>}
    </section>
  );
}

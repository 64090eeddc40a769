import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { withDraft } from '@/lib/guard/undo';
import { readUndoDrafts, writeUndoDrafts } from '@/lib/guard/undo-store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { undoMessages } from '@/lib/messaging/messages/undo';

export const UNDO_DRAFTS_KEY = 'undoDrafts';

/** The background's answers to the undo window's messages: the one writer of its drafts. */
export function undoHandlers(deps: ServiceDeps): FeatureHandlers<typeof undoMessages> {
  return {
    async holdUndoDraft(draft) {
      await serialize(UNDO_DRAFTS_KEY, async () => {
        await writeUndoDrafts(withDraft(await readUndoDrafts(), { ...draft, at: deps.now() }));
      });
      return { held: true };
    },
    async dropUndoDraft({ id }) {
      const dropped = await serialize(UNDO_DRAFTS_KEY, async () => {
        const drafts = await readUndoDrafts();
        const kept = drafts.filter((draft) => draft.id !== id);
        if (kept.length !== drafts.length) await writeUndoDrafts(kept);
        return kept.length !== drafts.length;
      });
      return { dropped };
    },
  };
}

import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { withDraft, withoutDraft } from '@/lib/drafts/edit-draft';
import { readEditDrafts, updateEditDrafts } from '@/lib/drafts/store';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { draftMessages } from '@/lib/messaging/messages/drafts';

export function draftHandlers(deps: ServiceDeps): FeatureHandlers<typeof draftMessages> {
  return {
    async saveEditDraft(draft) {
      const savedAt = deps.now();
      await serialize('editDrafts', () => updateEditDrafts((drafts) => withDraft(drafts, { ...draft, savedAt })));
      return { savedAt };
    },
    async discardEditDraft({ key }) {
      let discarded = false;
      await serialize('editDrafts', () =>
        updateEditDrafts((drafts) => {
          const next = withoutDraft(drafts, key);
          discarded = next.length < drafts.length;
          return next;
        }),
      );
      return { discarded };
    },
    async listEditDrafts({ kind }) {
      const drafts = await readEditDrafts();
      return { drafts: kind ? drafts.filter((draft) => draft.kind === kind) : drafts };
    },
  };
}

import { z } from 'zod';
import { EDIT_DRAFT_KINDS, editDraftSchema } from '@/lib/drafts/edit-draft';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';

/** Messages of the side panel's edit drafts (lib/drafts). */
export const draftMessages = {
  /** Keeps what an editor holds, unsaved, in place of its previous draft. */
  saveEditDraft: {
    from: ['page'],
    request: editDraftSchema.omit({ savedAt: true }),
    response: z.object({ savedAt: z.number() }),
  },
  /** Forgets a draft: its record was saved, or the user discarded or cancelled the edit. */
  discardEditDraft: {
    from: ['page'],
    request: z.object({ key: z.string().min(1).max(300) }),
    response: z.object({ discarded: z.boolean() }),
  },
  listEditDrafts: {
    from: ['page'],
    request: z.object({ kind: z.enum(EDIT_DRAFT_KINDS).optional() }),
    response: z.object({ drafts: z.array(editDraftSchema) }),
  },
} as const satisfies MessageSpecs;

import { z } from 'zod';
import type { MessageSpecs } from '@/lib/messaging/messages/spec';
import { networkSchema } from '@/lib/network-schema';
import { templateSchema } from '@/lib/templates/model';

const templateId = z.string().min(1).max(100);
/** What the editor form submits (the background completes and checks the rest). */
const draftSchema = z.object({
  name: z.string().max(200),
  body: z.string().max(20_000),
  shortcut: z.string().max(100),
  tags: z.array(z.string().max(100)).max(50),
  networks: z.array(networkSchema).max(20),
  language: templateSchema.shape.language,
  /** Shared with the team or personal (Settings → Team). */
  team: z.boolean().optional(),
});

/** Messages of the templates feature. The background is the only writer of the library and its counts. */
export const templateMessages = {
  /**
   * A template was inserted in a page: its use count and last use go up and an audit event
   * (`template-use`) is written, for the response-time and usage KPIs.
   */
  templateUsed: {
    from: ['content'],
    request: z.object({
      templateId,
      network: networkSchema,
      /** The post or comment answered, when the page told it. */
      postId: z.string().max(500).optional(),
      via: z.enum(['trigger', 'command']),
    }),
    response: z.object({ useCount: z.number().int() }),
  },
  /**
   * Loads the picker's view into the sender's tab (an unlisted script run in the content scripts'
   * isolated world) when a box that takes templates gets focus or the picker opens, so pages where
   * nobody writes pay nothing.
   */
  loadTemplatePicker: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * Loads the template library bundle into the sender's tab when a box that takes templates gets
   * focus: it reads the library and folds its words ahead of the picker (small, so its evaluation
   * is a short task; the picker's view loads at its first opening).
   */
  loadTemplateLibrary: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * A part of the stored library, as stored (each entry validated by the reader), for the page's
   * warm-up at focus: read in parts, no single message is a long task for the page to receive
   * (the whole library is 1.4 MB at 2,000 templates). `total` is the library's length when read.
   */
  templateLibraryPart: {
    from: ['content'],
    request: z.object({ from: z.number().int().min(0), count: z.number().int().min(1).max(1000) }),
    response: z.object({ entries: z.array(z.unknown()), total: z.number().int().min(0) }),
  },
  /**
   * Loads twitter-text (X's weighted length) into the sender's tab (entrypoints/x-length.ts), when
   * the picker shows X a text only twitter-text can count (a link, an emoji).
   */
  loadXLength: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * Loads the page tools into the sender's tab (entrypoints/page-tools.ts): Site health's layout
   * check and page structure, growth's profile readers, Save as idea, the team's marks.
   */
  loadPageTools: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * Loads the guard's dialog, register offer and undo countdown into the sender's tab
   * (entrypoints/guard-ui.ts), on first use or when the user is about to write.
   */
  loadGuardUi: {
    from: ['content'],
    request: z.object({}),
    response: z.object({ loaded: z.boolean() }),
  },
  /** Creates (id null) or edits a template; answers the first invalid field instead when there is one. */
  saveTemplate: {
    from: ['page'],
    request: z.object({ id: templateId.nullable(), draft: draftSchema }),
    response: z.object({ id: z.string().nullable(), problem: z.string().nullable() }),
  },
  /** Copies a template under a new name, just after it in the library. */
  duplicateTemplate: {
    from: ['page'],
    request: z.object({ id: templateId, name: z.string().min(1).max(200) }),
    response: z.object({ id: z.string().nullable() }),
  },
  deleteTemplate: {
    from: ['page'],
    request: z.object({ id: templateId }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Templates parsed from an import file: a stored template with the same id is replaced, the rest added. */
  importTemplates: {
    from: ['page'],
    request: z.object({ templates: z.array(templateSchema).min(1).max(5000) }),
    response: z.object({ count: z.number().int() }),
  },
} as const satisfies MessageSpecs;

/**
 * What a content script may answer to each message of lib/messaging/content-protocol.ts, checked
 * by the page or background that asked (a page can host anything: the answer is data to check).
 * Kept out of content-protocol.ts so content scripts do not bundle these schemas.
 */
import { z } from 'zod';
import type { ContentMessageType, ContentResponses } from '@/lib/messaging/content-protocol';
import type { ResultCheck } from '@/lib/messaging/request';
import { networkSchema } from '@/lib/network-schema';

const text = (max: number) => z.string().max(max);
const editor = z.enum([
  'draftjs',
  'lexical',
  'quill',
  'prosemirror',
  'slate',
  'ckeditor5',
  'textarea',
  'contenteditable',
  'unknown',
]);
const insertion = z.object({
  ok: z.boolean(),
  editor: z.union([editor, z.literal('none')]),
  tried: z.array(text(200)).max(50),
  ms: z.number().optional(),
});
const handled = z.object({ handled: z.boolean() });

const siteHealth = z
  .object({
    network: networkSchema,
    url: text(5000),
    identity: z.union([
      z.object({ handle: text(500), displayName: text(500), source: text(200) }),
      z.object({ handle: z.null(), reason: text(500) }),
    ]),
    composers: z.object({
      count: z.number().int().min(0),
      kinds: z.partialRecord(
        z.enum(['post', 'reply', 'comment', 'message', 'search', 'other']),
        z.number().int().min(0),
      ),
      editors: z.array(text(50)).max(50),
    }),
    submitPaths: z.object({ count: z.number().int().min(0), composersWithout: z.number().int().min(0) }),
    posts: z.object({
      count: z.number().int().min(0),
      withPermalink: z.number().int().min(0),
      withTime: z.number().int().min(0),
      sample: z.array(text(1000)).max(10),
    }),
    insertFailures: z.array(z.object({ editor: text(50), tried: z.array(text(200)).max(50) })).max(50),
    insertions: z.array(insertion).max(50),
    layout: z
      .object({
        recognised: z.boolean(),
        postLike: z.number().int().min(0),
        posts: z.number().int().min(0),
        byLayout: z.record(text(200), z.number().int().min(0)),
        unclaimedBox: z
          .object({ kind: z.enum(['post', 'reply', 'comment', 'message', 'search', 'other']), shape: text(500) })
          .nullable(),
        missing: z.array(text(1000)).max(20),
      })
      .optional(),
  })
  .nullable();

export const contentResponseSchemas: { [K in ContentMessageType]: ResultCheck<ContentResponses[K]> } = {
  siteHealth,
  /** The page skeleton (lib/sites/structure.ts caps it at a few thousand lines). */
  pageStructure: text(2_000_000).nullable(),
  insertSample: z.object({
    ok: z.boolean(),
    detail: text(2000),
    copiedToClipboard: z.boolean(),
    editor: editor.optional(),
    tried: z.array(text(200)).max(50).optional(),
    ms: z.number().optional(),
  }),
  command: handled,
  captureMenuTarget: handled,
  ideaMenuTarget: handled,
  replyFor: handled,
};

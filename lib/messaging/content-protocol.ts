/**
 * Messages from the extension (side panel, popup, background) to a tab's content script.
 * Declared once; the content script checks the sender and the shape before acting.
 */
import type { SiteHealth } from '@/lib/sites/health';
import type { EditorKind } from '@/lib/sites/types';
import { type Infer, object, oneOf, string } from '@/lib/validation/small-schema';

export const contentProtocol = {
  /** What the adapter finds on this page now. Null when the page is not one the adapter handles. */
  siteHealth: object({}),
  /** The page's skeleton for a bug report (no text, names, images or query values). Null off the network. */
  pageStructure: object({}),
  /** Inserts a sample text in the composer the user last focused, to check insertion works here. */
  insertSample: object({ text: string({ max: 5000 }) }),
  /** A keyboard command the background forwards to the page (capture, template picker). */
  command: object({ command: oneOf(['capture-post', 'open-template-picker']) }),
  /** "Capture to inbox" was chosen in the context menu: capture the post that was right-clicked. */
  captureMenuTarget: object({}),
  /** The inbox's "Reply" chose this tab: claim the hand-over and open the reply box's picker. */
  replyFor: object({}),
} as const;

export type ContentMessageType = keyof typeof contentProtocol;

export interface InsertOutcome {
  ok: boolean;
  /** The technique that worked, or the reason nothing did (then the text is on the clipboard). */
  detail: string;
  copiedToClipboard: boolean;
  /** The editor detected in the box, and the techniques tried (for Site health; no page text). */
  editor?: EditorKind;
  tried?: string[];
  /** Time until the model held the text, when it did. */
  ms?: number;
}

export interface ContentResponses {
  siteHealth: SiteHealth | null;
  pageStructure: string | null;
  insertSample: InsertOutcome;
  command: { handled: boolean };
  captureMenuTarget: { handled: boolean };
  replyFor: { handled: boolean };
}

export type ContentRequest<T extends ContentMessageType> = Infer<(typeof contentProtocol)[T]>;

export interface ContentEnvelope<T extends ContentMessageType = ContentMessageType> {
  type: T;
  data: Infer<(typeof contentProtocol)[T]>;
}

/** Parses an incoming message, or null when it is not one of ours. */
export function parseContentMessage(message: unknown): ContentEnvelope | null {
  if (!message || typeof message !== 'object') return null;
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(contentProtocol, type)) return null;
  const parsed = contentProtocol[type as ContentMessageType].safeParse(data);
  return parsed.success ? ({ type, data: parsed.data } as ContentEnvelope) : null;
}

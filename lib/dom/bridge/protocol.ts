/**
 * The page bridge protocol, declared once. The isolated-world content script (client.ts) asks the
 * main-world script (server.ts, entrypoints/page-bridge.ts) for what only the page's
 * world can do: drive and read editor models (page globals are read by another script,
 * lib/dom/page-state.ts). Messages are CustomEvents on
 * `document` whose `detail` is a JSON string: Firefox does not reliably pass objects between
 * worlds. Elements travel as a temporary token attribute. Page scripts can see and send these
 * events too, so the server only does what the page could do itself and returns no secrets.
 * Dependency-free: the main-world bundle includes this file.
 */

import type { InsertResult } from '@/lib/dom/insert-text';
import type { EditorKind } from '@/lib/sites/types';

export { INSERT_TECHNIQUES, type InsertTechnique } from '@/lib/dom/insert-techniques';

export const BRIDGE_REQUEST_EVENT = 'cm-companion:bridge-request';
export const BRIDGE_RESPONSE_EVENT = 'cm-companion:bridge-response';
/** Set by the client on the element a request is about, removed when the answer arrives. */
export const TARGET_ATTRIBUTE = 'data-cmc-target';
/** Bumped when an operation changes shape; `ping` reports it. */
export const BRIDGE_VERSION = 2;

export const EDITOR_KINDS = [
  'draftjs',
  'lexical',
  'quill',
  'prosemirror',
  'slate',
  'ckeditor5',
  'textarea',
  'contenteditable',
  'unknown',
] as const satisfies readonly EditorKind[];

/** Operation → what it carries and what it answers. */
export interface BridgeOps {
  ping: { params: Record<never, never>; result: { version: number } };
  insertText: { params: { target: string; text: string; editor: EditorKind }; result: InsertResult };
  readModelText: { params: { target: string; editor: EditorKind }; result: string | null };
  /** The editor detected in the page's world (instances on the elements), and its mark. */
  detectEditor: { params: { target: string }; result: { editor: EditorKind; mark: string } | null };
}
export type BridgeOp = keyof BridgeOps;

export type BridgeRequest = { [K in BridgeOp]: { id: string; op: K } & BridgeOps[K]['params'] }[BridgeOp];
export type BridgeResponse = { id: string; ok: true; result: unknown } | { id: string; ok: false; error: string };

const MAX_TEXT = 100_000;

function parseJson(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > MAX_TEXT * 2) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isToken = (value: unknown): value is string => isString(value) && /^[\w-]{8,64}$/.test(value);
export const isEditor = (value: unknown): value is EditorKind => (EDITOR_KINDS as readonly unknown[]).includes(value);

/** Validates a request event's detail; null when it is not one of ours or is malformed. */
export function parseRequest(detail: unknown): BridgeRequest | null {
  const data = parseJson(detail);
  if (!data || !isToken(data.id)) return null;
  const id = data.id;
  switch (data.op) {
    case 'ping':
      return { id, op: 'ping' };
    case 'insertText':
      if (!isToken(data.target) || !isEditor(data.editor) || !isString(data.text) || data.text.length > MAX_TEXT) {
        return null;
      }
      return { id, op: 'insertText', target: data.target, text: data.text, editor: data.editor };
    case 'readModelText':
      return isToken(data.target) && isEditor(data.editor)
        ? { id, op: 'readModelText', target: data.target, editor: data.editor }
        : null;
    case 'detectEditor':
      return isToken(data.target) ? { id, op: 'detectEditor', target: data.target } : null;
    default:
      return null;
  }
}

/** Validates a response event's detail; null when it is malformed. */
export function parseResponse(detail: unknown): BridgeResponse | null {
  const data = parseJson(detail);
  if (!data || !isToken(data.id)) return null;
  if (data.ok === true && 'result' in data) return { id: data.id, ok: true, result: data.result };
  if (data.ok === false && isString(data.error)) return { id: data.id, ok: false, error: data.error };
  return null;
}

/** A random id for requests and element tokens. */
export function randomToken(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

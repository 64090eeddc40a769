/**
 * The isolated-world side of the page bridge: typed calls that become CustomEvents on
 * `document` and resolve with the main-world script's answer (protocol.ts). The answer comes
 * from the page's world, which the page controls too: results are checked before use.
 */

import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  type BridgeOp,
  type BridgeOps,
  INSERT_TECHNIQUES,
  isEditor,
  parseResponse,
  randomToken,
  TARGET_ATTRIBUTE,
} from '@/lib/dom/bridge/protocol';
import type { InsertResult } from '@/lib/dom/insert-text';
import type { EditorKind } from '@/lib/sites/types';

export class BridgeError extends Error {}

export interface BridgeClientOptions {
  doc?: Document;
  /** How long to wait for an answer; insertion itself may take ~1 s (two techniques, 500 ms each). */
  timeoutMs?: number;
}

/** The calls the isolated world can make into the page's world. */
export interface BridgeClient {
  /** True when the main-world script answers (it is not injected on Mastodon instances). */
  ping(): Promise<boolean>;
  /** Inserts text into an editor and verifies it against the model (see insertText). */
  insertText(element: HTMLElement, text: string, editor: EditorKind): Promise<InsertResult>;
  /** The editor's model text, or null when it cannot be reached. */
  readModelText(element: HTMLElement, editor: EditorKind): Promise<string | null>;
  /** The editor the page's world detects in the element, or null when it is not an editable box. */
  detectEditor(element: HTMLElement): Promise<{ editor: EditorKind; mark: string } | null>;
}

const isTechnique = (value: unknown) => (INSERT_TECHNIQUES as readonly unknown[]).includes(value);

function isInsertResult(value: unknown): value is InsertResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  if (!isEditor(result.editor) || !Array.isArray(result.tried) || !result.tried.every(isTechnique)) return false;
  return result.ok === true
    ? isTechnique(result.technique) && typeof result.ms === 'number'
    : result.ok === false && typeof result.reason === 'string';
}

/** Creates a client bound to one document. */
export function createBridgeClient({ doc = document, timeoutMs = 3000 }: BridgeClientOptions = {}): BridgeClient {
  function request<K extends BridgeOp>(op: K, params: BridgeOps[K]['params'], wait = timeoutMs): Promise<unknown> {
    const id = randomToken();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        doc.removeEventListener(BRIDGE_RESPONSE_EVENT, listener);
        reject(new BridgeError(`${op}: no answer from the page bridge within ${wait} ms`));
      }, wait);
      function listener(event: Event) {
        const response = parseResponse((event as CustomEvent<unknown>).detail);
        if (response?.id !== id) return;
        clearTimeout(timer);
        doc.removeEventListener(BRIDGE_RESPONSE_EVENT, listener);
        if (response.ok) resolve(response.result);
        else reject(new BridgeError(response.error));
      }
      doc.addEventListener(BRIDGE_RESPONSE_EVENT, listener);
      doc.dispatchEvent(new CustomEvent(BRIDGE_REQUEST_EVENT, { detail: JSON.stringify({ id, op, ...params }) }));
    });
  }

  /** Marks the element for the main world for the time of one request. */
  async function withTarget<T>(element: HTMLElement, run: (target: string) => Promise<T>): Promise<T> {
    const token = randomToken();
    element.setAttribute(TARGET_ATTRIBUTE, token);
    try {
      return await run(token);
    } finally {
      if (element.getAttribute(TARGET_ATTRIBUTE) === token) element.removeAttribute(TARGET_ATTRIBUTE);
    }
  }

  return {
    ping: () =>
      request('ping', {}, Math.min(timeoutMs, 500)).then(
        (result) => typeof result === 'object' && result !== null,
        () => false,
      ),
    insertText: (element, text, editor) =>
      withTarget(element, async (target) => {
        const result = await request('insertText', { target, text, editor });
        if (!isInsertResult(result)) throw new BridgeError('insertText: malformed answer');
        return result;
      }),
    readModelText: (element, editor) =>
      withTarget(element, async (target) => {
        const result = await request('readModelText', { target, editor });
        if (result !== null && typeof result !== 'string') throw new BridgeError('readModelText: malformed answer');
        return result;
      }),
    detectEditor: (element) =>
      withTarget(element, async (target) => {
        const result = (await request('detectEditor', { target })) as { editor?: unknown; mark?: unknown } | null;
        if (result === null) return null;
        if (!isEditor(result?.editor) || typeof result.mark !== 'string') {
          throw new BridgeError('detectEditor: malformed answer');
        }
        return { editor: result.editor, mark: result.mark };
      }),
  };
}

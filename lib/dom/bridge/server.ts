/**
 * The main-world side of the page bridge: answers the isolated content script's requests
 * (protocol.ts). Installed once per document by entrypoints/page-bridge.ts, which the
 * background injects on demand.
 */
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  BRIDGE_VERSION,
  type BridgeRequest,
  type BridgeResponse,
  parseRequest,
  TARGET_ATTRIBUTE,
} from '@/lib/dom/bridge/protocol';
import { querySelectorDeep } from '@/lib/dom/deep-query';
import { detectEditorInPage, readModelText } from '@/lib/dom/editor-model';
import { insertText } from '@/lib/dom/insert-text';

function target(doc: Document, token: string): HTMLElement {
  const element = querySelectorDeep(doc, `[${TARGET_ATTRIBUTE}="${token}"]`);
  if (!(element instanceof HTMLElement)) throw new Error('target element not found');
  return element;
}

async function handle(request: BridgeRequest, doc: Document): Promise<unknown> {
  switch (request.op) {
    case 'ping':
      return { version: BRIDGE_VERSION };
    case 'insertText':
      return insertText(target(doc, request.target), request.text, request.editor, doc);
    case 'readModelText':
      return readModelText(target(doc, request.target), request.editor);
    case 'detectEditor': {
      const found = detectEditorInPage(target(doc, request.target));
      return found ? { editor: found.editor, mark: found.mark } : null;
    }
  }
}

const INSTALLED = Symbol.for('cm-companion.page-bridge');

/**
 * Starts answering bridge requests on `doc`; returns a function that stops. A second call on
 * the same document (extension reloaded) does nothing, so each request gets one answer.
 */
export function serveBridge(doc: Document = document): () => void {
  const marked = doc as Document & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return () => undefined;
  marked[INSTALLED] = true;
  const listener = (event: Event) => {
    const request = parseRequest((event as CustomEvent<unknown>).detail);
    if (!request) return;
    const reply = (response: BridgeResponse) =>
      doc.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: JSON.stringify(response) }));
    handle(request, doc).then(
      (result) => reply({ id: request.id, ok: true, result: result ?? null }),
      (error: unknown) => reply({ id: request.id, ok: false, error: `${request.op}: ${String(error)}` }),
    );
  };
  doc.addEventListener(BRIDGE_REQUEST_EVENT, listener);
  return () => {
    doc.removeEventListener(BRIDGE_REQUEST_EVENT, listener);
    marked[INSTALLED] = false;
  };
}

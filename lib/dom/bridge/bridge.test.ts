// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BridgeError, createBridgeClient } from '@/lib/dom/bridge/client';
import {
  BRIDGE_REQUEST_EVENT,
  BRIDGE_RESPONSE_EVENT,
  parseRequest,
  parseResponse,
  TARGET_ATTRIBUTE,
} from '@/lib/dom/bridge/protocol';
import { serveBridge } from '@/lib/dom/bridge/server';

describe('protocol', () => {
  const id = 'abcdef0123456789';

  it('accepts well-formed requests only', () => {
    expect(parseRequest(JSON.stringify({ id, op: 'ping' }))).toEqual({ id, op: 'ping' });
    expect(parseRequest(JSON.stringify({ id, op: 'readModelText', target: id, editor: 'quill' }))).toEqual({
      id,
      op: 'readModelText',
      target: id,
      editor: 'quill',
    });
    expect(parseRequest({ id, op: 'ping' })).toBeNull(); // objects do not cross worlds reliably
    expect(parseRequest(JSON.stringify({ id: 'short', op: 'ping' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ id, op: 'eval' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ id, op: 'readModelText', target: '"] *', editor: 'quill' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ id, op: 'insertText', target: id, text: 1, editor: 'quill' }))).toBeNull();
    expect(parseRequest(JSON.stringify({ id, op: 'insertText', target: id, text: 'x', editor: 'tinymce' }))).toBeNull();
    expect(parseRequest('{not json')).toBeNull();
  });

  it('accepts well-formed responses only', () => {
    expect(parseResponse(JSON.stringify({ id, ok: true, result: null }))).toEqual({ id, ok: true, result: null });
    expect(parseResponse(JSON.stringify({ id, ok: false, error: 'no' }))).toEqual({ id, ok: false, error: 'no' });
    expect(parseResponse(JSON.stringify({ id, ok: true }))).toBeNull();
    expect(parseResponse(JSON.stringify({ id, ok: false }))).toBeNull();
  });
});

describe('client ↔ server over document events', () => {
  let stop: () => void;
  beforeEach(() => {
    stop = serveBridge(document);
  });
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it('answers ping, and a second install does not answer twice', async () => {
    const again = serveBridge(document);
    let answers = 0;
    const count = () => answers++;
    document.addEventListener(BRIDGE_RESPONSE_EVENT, count);
    expect(await createBridgeClient().ping()).toBe(true);
    document.removeEventListener(BRIDGE_RESPONSE_EVENT, count);
    again();
    expect(answers).toBe(1);
  });

  it('reads a model through a token attribute that is removed afterwards, inside shadow roots too', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    field.value = 'Hi 🙏';
    shadow.append(field);
    document.body.append(host);
    expect(await createBridgeClient().readModelText(field, 'textarea')).toBe('Hi 🙏');
    expect(field.hasAttribute(TARGET_ATTRIBUTE)).toBe(false);
  });

  it('reports a failed insertion as a result, not a false success', async () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.textContent = 'Hi ';
    document.body.append(box);
    // happy-dom has no execCommand: the editor "ignores" the technique.
    const result = await createBridgeClient().insertText(box, 'Merci', 'contenteditable');
    expect(result).toEqual({
      ok: false,
      reason: 'contenteditable: the editor ignored execCommand',
      editor: 'contenteditable',
      tried: ['execCommand'],
    });
  });

  it('turns a refusal into a BridgeError', async () => {
    const orphan = document.createElement('textarea');
    // Not in the document: the main world cannot find the token.
    await expect(createBridgeClient().readModelText(orphan, 'textarea')).rejects.toThrow('target element not found');
  });
});

describe('client without a bridge', () => {
  it('times out with a BridgeError, and ping says false', async () => {
    const client = createBridgeClient({ timeoutMs: 20 });
    const box = document.createElement('textarea');
    document.body.append(box);
    await expect(client.detectEditor(box)).rejects.toBeInstanceOf(BridgeError);
    expect(await client.ping()).toBe(false);
  });

  it('ignores answers to other requests and malformed ones', async () => {
    const spoof = (event: Event) => {
      const { id } = JSON.parse((event as CustomEvent<string>).detail) as { id: string };
      document.dispatchEvent(
        new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: '{"id":"0000000000000000","ok":true,"result":1}' }),
      );
      document.dispatchEvent(
        new CustomEvent(BRIDGE_RESPONSE_EVENT, { detail: JSON.stringify({ id, ok: true, result: [] }) }),
      );
    };
    document.addEventListener(BRIDGE_REQUEST_EVENT, spoof);
    const box = document.createElement('textarea');
    document.body.append(box);
    await expect(createBridgeClient({ timeoutMs: 50 }).detectEditor(box)).rejects.toThrow('malformed answer');
    document.removeEventListener(BRIDGE_REQUEST_EVENT, spoof);
  });
});

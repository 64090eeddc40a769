// @vitest-environment happy-dom
/**
 * Guarantee: a page script that dispatches look-alike events to the main-world bridge gets nothing
 * it could not read from its own page. The bridge's main-world side cannot reach the extension
 * (no extension API, no storage, no protocol in its bundle), and answers forged requests with
 * page data only.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_REQUEST_EVENT, BRIDGE_RESPONSE_EVENT } from '@/lib/dom/bridge/protocol';
import { serveBridge } from '@/lib/dom/bridge/server';
import { importsOf } from './import-graph';

function reachable(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const next of importsOf(file)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** What a page script sees when it forges a request: the answer events it can listen to. */
async function forge(detail: string): Promise<string[]> {
  const answers: string[] = [];
  const listen = (event: Event) => answers.push(String((event as CustomEvent<unknown>).detail));
  document.addEventListener(BRIDGE_RESPONSE_EVENT, listen);
  document.dispatchEvent(new CustomEvent(BRIDGE_REQUEST_EVENT, { detail }));
  await new Promise((resolve) => setTimeout(resolve, 20));
  document.removeEventListener(BRIDGE_RESPONSE_EVENT, listen);
  return answers;
}

describe('bridge look-alike events from a page script', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  it.each([
    ['entrypoints/page-bridge.ts', 'lib/dom/bridge/server.ts'],
    ['entrypoints/page-state.ts', 'lib/dom/page-state.ts'],
  ])('the main-world bundle %s cannot reach the extension: no browser API, storage or protocol', (entry, core) => {
    const files = [...reachable(entry)];
    expect(files).toContain(core);
    const reach = files.filter(
      (file) =>
        file === 'lib/browser.ts' ||
        file.startsWith('lib/messaging/') ||
        file.startsWith('lib/storage/') ||
        file.startsWith('lib/db/') ||
        /(^|\/)store\.ts$/.test(file),
    );
    expect(reach).toEqual([]);
    const sources = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(sources).not.toMatch(/@wxt-dev\/storage|chrome\.(runtime|storage)|browser\.(runtime|storage)/);
  });

  it('forged requests get page data only: unknown operations, page globals included, get nothing', async () => {
    stop = serveBridge(document);
    const id = '0123456789abcdef';
    expect(await forge(JSON.stringify({ id, op: 'readTemplates' }))).toEqual([]);
    expect(await forge(JSON.stringify({ id, op: 'eval', code: 'chrome.storage' }))).toEqual([]);
    // Page globals are read by a script the background runs, never through the bridge's events.
    expect(await forge(JSON.stringify({ id, op: 'readPageState', keys: ['accounts', 'templates'] }))).toEqual([]);
  });
});

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '@/lib/browser';
import { loadPicker } from '@/lib/content/features/templates/load';
import { createContentDispatcher } from '@/lib/content/message-dispatch';
import { createPageDiagnosis } from '@/lib/content/page-diagnosis';
import { composerOf, scanPage } from '@/lib/content/page-scan';
import type { CommandName, SiteContext } from '@/lib/content/site-context';
import { type BridgeClient, createBridgeClient } from '@/lib/dom/bridge/client';
import { copyToClipboardFallback } from '@/lib/dom/copy-fallback';
import type { InsertResult } from '@/lib/dom/insert-text';
import type { InsertOutcome } from '@/lib/messaging/content-protocol';
import { type InsertionRecord, type PageFindings, recordInsertion, summariseHealth } from '@/lib/sites/health';
import type { Composer, PageState, SiteAdapter } from '@/lib/sites/types';

/** At most one scan of a busy page (infinite feed, typing) every this many milliseconds. */
const SCAN_INTERVAL_MS = 250;

/**
 * Follows one network tab: what is on the page (account, composers, posts), which composer the
 * user last focused, and answers the extension's questions about it. Everything stops with
 * ctx.signal; the features' per-page listeners stop on single-page navigation (page-lifetime.ts).
 */
export function startSiteSession(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  doc: Document = document,
): SiteContext {
  const bridge = createBridgeClient({ doc });
  // The page bridge is declared for the fixed hosts only (not Mastodon servers): ask once.
  let bridgeUp: Promise<boolean> | undefined;
  const hasBridge = () => (bridgeUp ??= bridge.ping());
  let pageState: PageState | undefined;
  let findings: PageFindings = scanPage(adapter, doc, undefined);
  let lastComposer: Composer | null = null;
  const insertions: InsertionRecord[] = [];
  const diagnosis = createPageDiagnosis(adapter, doc);
  const insert = async (composer: Composer | null, text: string) => {
    const outcome = await insertIntoComposer(bridge, hasBridge, composer, text, doc);
    if (composer) recordInsertion(insertions, outcome);
    return outcome;
  };
  let scanPending = false;
  const scanListeners = new Set<(found: PageFindings) => void>();
  const commands = new Map<CommandName, () => void | Promise<void>>();

  const scanNow = () => {
    scanPending = false;
    findings = scanPage(adapter, doc, pageState);
    if (lastComposer && !lastComposer.element.isConnected) lastComposer = null;
    for (const listener of scanListeners) listener(findings);
  };
  const scheduleScan = () => {
    if (scanPending) return;
    scanPending = true;
    ctx.setTimeout(scanNow, SCAN_INTERVAL_MS);
  };
  const readPageState = async () => {
    if (adapter.pageStateKeys.length === 0) return;
    pageState = await bridge.readPageState(adapter.pageStateKeys).catch(() => undefined);
    scanNow();
  };

  const observer = new MutationObserver(scheduleScan);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  const rememberComposer = (event: FocusEvent) => {
    const node = event.target as Node;
    let composer = composerOf(findings.composers, node);
    if (!composer) {
      // A box that appeared since the last scan (a reply box opened by this very click).
      scanNow();
      composer = composerOf(findings.composers, node);
    }
    if (composer) lastComposer = composer;
    else if (node instanceof Element) diagnosis.focusedUnclaimed(node);
  };
  ctx.addEventListener(doc, 'focusin', rememberComposer, { capture: true });
  const onPageChange = () => {
    lastComposer = null;
    diagnosis.reset();
    void readPageState();
    scheduleScan();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onPageChange);
  // YouTube replaces its page without a history event WXT sees in time; it announces the end itself.
  ctx.addEventListener(window, 'yt-navigate-finish' as 'wxt:locationchange', onPageChange);
  void readPageState();

  const messages = createContentDispatcher(browser.runtime.id);
  messages.on('siteHealth', () => {
    scanNow();
    return adapter.isNetworkPage(doc)
      ? summariseHealth(adapter, location.href, findings, insertions, diagnosis.layout(findings))
      : null;
  });
  messages.on('pageStructure', () => {
    scanNow();
    return adapter.isNetworkPage(doc) ? diagnosis.structure(findings) : null;
  });
  messages.on('insertSample', ({ text }) => insert(target(), text));
  messages.on('command', async ({ command }) => {
    const handler = commands.get(command);
    if (handler) await handler();
    return { handled: handler !== undefined };
  });
  const target = () => {
    scanNow();
    return lastComposer?.element.isConnected ? lastComposer : (findings.composers[0] ?? null);
  };
  browser.runtime.onMessage.addListener(messages.listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(messages.listener));

  const site: SiteContext = {
    get script() {
      return site;
    },
    ctx,
    adapter,
    doc,
    findings: () => findings,
    rescan: () => {
      scanNow();
      return findings;
    },
    pageState: () => pageState,
    lastComposer: () => (lastComposer?.element.isConnected ? lastComposer : null),
    insert: (composer, text) => insert(composer, text),
    onScan: (callback) => {
      // A fresh function per subscription: the same callback subscribed twice is two subscriptions.
      const listener = (found: PageFindings) => callback(found);
      scanListeners.add(listener);
      return () => scanListeners.delete(listener);
    },
    onCommand: (name, handler) => {
      commands.set(name, handler);
    },
    onMessage: (type, handler) => messages.on(type, handler),
    runCommand: async (name) => {
      const handler = commands.get(name);
      if (handler) await handler();
      return handler !== undefined;
    },
  };
  return site;
}

/** Where the main-world bridge is not injected: the picker bundle carries the insertion code. */
async function insertWithoutBridge(composer: Composer, text: string, doc: Document): Promise<InsertResult> {
  const picker = await loadPicker();
  if (!picker) {
    return { ok: false, reason: 'the insertion code could not be loaded', editor: composer.editor, tried: [] };
  }
  return picker.insertText(composer.element, text, composer.editor, doc);
}

/**
 * Inserts text into a composer through the page's world (where the editors' models are), and
 * falls back to the clipboard, saying so, when the model does not take it.
 */
export async function insertIntoComposer(
  bridge: BridgeClient,
  hasBridge: () => Promise<boolean>,
  composer: Composer | null,
  text: string,
  doc: Document,
): Promise<InsertOutcome> {
  if (!composer) return { ok: false, detail: 'no reply or post box found on this page', copiedToClipboard: false };
  let result: InsertResult;
  try {
    result = (await hasBridge())
      ? await bridge.insertText(composer.element, text, composer.editor)
      : await insertWithoutBridge(composer, text, doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason, editor: composer.editor, tried: [] };
  }
  const { editor, tried } = result;
  if (result.ok) {
    return {
      ok: true,
      detail: `${editor}, ${result.technique}`,
      copiedToClipboard: false,
      editor,
      tried,
      ms: result.ms,
    };
  }
  const copiedToClipboard = await copyToClipboardFallback(text, doc);
  return { ok: false, detail: result.reason, copiedToClipboard, editor, tried };
}

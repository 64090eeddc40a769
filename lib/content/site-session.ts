import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '@/lib/browser';
import { createElementWatch } from '@/lib/content/element-watch';
import { loadPicker } from '@/lib/content/features/templates/load';
import { whenIdle } from '@/lib/content/idle';
import { lazyPageDiagnosis } from '@/lib/content/lazy-diagnosis';
import { asRuntimeListener, createContentDispatcher } from '@/lib/content/message-dispatch';
import { attempt, composersOnPage, scanPage, withDetectedEditor } from '@/lib/content/page-scan';
import type { CommandName, SiteContext } from '@/lib/content/site-context';
import { wantPageTexts } from '@/lib/content/ui/texts';
import { type BridgeClient, createBridgeClient } from '@/lib/dom/bridge/client';
import { copyToClipboardFallback } from '@/lib/dom/copy-fallback';
import type { InsertResult } from '@/lib/dom/insert-text';
import type { InsertOutcome } from '@/lib/messaging/content-protocol';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { type InsertionRecord, recordInsertion, summariseHealth } from '@/lib/sites/health';
import type { AccountLookup, Composer, PageState, SiteAdapter } from '@/lib/sites/types';

/** A page that changed since the account was read is read again on demand, at most this often. */
const ACCOUNT_FRESH_MS = 1000;
/** While the account is not found, the user's touches look for it again, at most this often. */
const ACCOUNT_TOUCH_MS = 200;

const accountKey = (lookup: AccountLookup) =>
  lookup.account ? `${lookup.account.handle}|${lookup.account.actingAs ?? ''}|${lookup.account.id ?? ''}` : '';

/**
 * Follows one network tab and answers the extension's questions about it. Nothing runs on a
 * timer or on page changes in proportion to the page: the post or box an element belongs to is
 * read when asked (pointer, focus, keys), elements that appear are found from the added subtrees
 * alone (element-watch.ts), and the whole page is read only for Site health and explicit actions.
 * Everything stops with ctx.signal; the features' per-page listeners stop on single-page
 * navigation (page-lifetime.ts).
 */
export function startSiteSession(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  doc: Document = document,
): SiteContext {
  const bridge = createBridgeClient({ doc });
  // The page bridge is injected by the background on the first insertion (most pages never
  // need it): asked once per page, and it answers before it is counted as there.
  let bridgeUp: Promise<boolean> | undefined;
  const loadBridge = () =>
    sendToBackground('loadPageBridge', {}).then(
      ({ loaded }) => loaded && bridge.ping(),
      () => false,
    );
  const hasBridge = () => (bridgeUp ??= loadBridge());
  let pageState: PageState | undefined;
  const insertions: InsertionRecord[] = [];
  const diagnosis = lazyPageDiagnosis(adapter, doc);
  const insert = async (composer: Composer | null, text: string) => {
    const outcome = await insertIntoComposer(bridge, hasBridge, composer, text, doc);
    if (composer) recordInsertion(insertions, outcome);
    return outcome;
  };
  const commands = new Map<CommandName, () => void | Promise<void>>();
  const elements = createElementWatch(doc, ctx.signal);

  // The account: read on demand, announced when it is found or changes.
  let account: AccountLookup | undefined;
  let accountReadAt = Number.NEGATIVE_INFINITY;
  const accountListeners = new Set<(lookup: AccountLookup) => void>();
  const readAccount = (force = false): AccountLookup => {
    const at = performance.now();
    if (!force && account && at - accountReadAt < ACCOUNT_FRESH_MS) return account;
    const previous = account;
    account = attempt(
      () => adapter.activeAccount(doc, pageState),
      { account: null, reason: `${adapter.network}: reading the account failed` },
      `${adapter.network} activeAccount`,
    );
    accountReadAt = at;
    if (!previous || accountKey(previous) !== accountKey(account)) {
      for (const listener of accountListeners) listener(account);
    }
    return account;
  };
  // The site may render the account late. Looked for again at moments that cost the page nothing
  // when the user does nothing: the end of the page's load, then the user's touches (a click, a
  // key, a focus) until it is found; never on a timer.
  let lookOnTouch = false;
  const lookForAccount = () => {
    if (readAccount(true).account) return;
    // The page does not show it: its globals may (they arrive later and announce it).
    askPageState();
    lookOnTouch = true;
  };
  // However fast the user clicks or types: one read per ACCOUNT_TOUCH_MS, the last touch never lost.
  let touchLook: number | undefined;
  const lookAtTouch = () => {
    touchLook = undefined;
    if (lookOnTouch && readAccount(true).account) lookOnTouch = false;
  };
  const onTouch = () => {
    if (!lookOnTouch || touchLook !== undefined) return;
    const wait = accountReadAt + ACCOUNT_TOUCH_MS - performance.now();
    if (wait <= 0) lookAtTouch();
    else touchLook = ctx.setTimeout(lookAtTouch, wait);
  };
  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) {
    ctx.addEventListener(doc, type, onTouch, { capture: true, passive: true });
  }
  if (doc.readyState !== 'complete') {
    ctx.addEventListener(window, 'load', () => !account?.account && lookForAccount(), { once: true });
  }

  // The boxes the user focused on this page, last first: the only ones that can hold text to send.
  let touched: HTMLElement[] = [];
  const composerFrom = (node: Node | null): Composer | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    if (!element) return null;
    const composer = attempt(() => adapter.composerFrom(element), null, `${adapter.network} composerFrom`);
    return composer ? withDetectedEditor(composer) : null;
  };
  const lastComposer = () => {
    const element = touched[0];
    return element?.isConnected ? composerFrom(element) : null;
  };
  const rememberComposer = (event: FocusEvent) => {
    const node = event.composedPath()[0] as Node;
    const composer = composerFrom(node);
    if (!composer) {
      if (node instanceof Element) diagnosis.focusedUnclaimed(node);
      return;
    }
    touched = [composer.element, ...touched.filter((element) => element !== composer.element && element.isConnected)];
    // The user is about to write: the page's globals say best who will post, and the badge,
    // a notice or the picker will speak.
    askPageState();
    wantPageTexts();
  };
  ctx.addEventListener(doc, 'focusin', rememberComposer, { capture: true });

  // The page's globals (read in its world by a script the background runs there once per ask):
  // read when the page does not show the account, when the user is about to write, or for Site
  // health; pages that show the account never need them.
  let pageStateRead: Promise<void> | undefined;
  const readPageState = async () => {
    if (adapter.pageStateKeys.length === 0) return;
    const { state } = await sendToBackground('readPageState', { keys: [...adapter.pageStateKeys] }).catch(() => ({
      state: null,
    }));
    pageState = state ?? undefined;
    readAccount(true);
  };
  const askPageState = () => (pageStateRead ??= readPageState());
  const onPageChange = () => {
    touched = [];
    diagnosis.reset();
    // Read again once asked on the previous page (the bridge is there), else when needed.
    pageStateRead = pageStateRead ? readPageState() : undefined;
    lookForAccount();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onPageChange);
  // YouTube replaces its page without a history event WXT sees in time; it announces the end itself.
  ctx.addEventListener(window, 'yt-navigate-finish' as 'wxt:locationchange', onPageChange);
  // The first look waits for the page's first idle moment (a feature asking sooner reads it then).
  whenIdle(() => !ctx.isInvalid && !account?.account && lookForAccount());

  const messages = createContentDispatcher(browser.runtime.id);
  messages.on('siteHealth', async () => {
    if (!adapter.isNetworkPage(doc)) return null;
    await askPageState();
    const findings = scanPage(adapter, doc, pageState);
    return summariseHealth(adapter, location.href, findings, insertions, await diagnosis.layout(findings));
  });
  messages.on('pageStructure', async () =>
    adapter.isNetworkPage(doc) ? diagnosis.structure(scanPage(adapter, doc, pageState)) : null,
  );
  messages.on('insertSample', ({ text }) => insert(target(), text));
  messages.on('command', async ({ command }) => {
    const handler = commands.get(command);
    if (handler) await handler();
    return { handled: handler !== undefined };
  });
  const target = () => lastComposer() ?? composersOnPage(adapter, doc)[0] ?? null;
  const onMessage = asRuntimeListener(messages);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const site: SiteContext = {
    get script() {
      return site;
    },
    ctx,
    adapter,
    doc,
    account: () => readAccount(),
    knownAccount: () => account ?? readAccount(),
    onAccount: (callback) => {
      // A fresh function per subscription: the same callback subscribed twice is two subscriptions.
      const listener = (lookup: AccountLookup) => callback(lookup);
      accountListeners.add(listener);
      return () => accountListeners.delete(listener);
    },
    postFrom: (node) => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      return element ? attempt(() => adapter.postFrom(element), null, `${adapter.network} postFrom`) : null;
    },
    composerFrom,
    touchedComposers: () =>
      touched
        .filter((element) => element.isConnected)
        .map((element) => composerFrom(element))
        .filter((composer): composer is Composer => composer !== null),
    watch: (selector, callback, options) => elements.watch(selector, callback, options),
    allComposers: () => composersOnPage(adapter, doc),
    scanPage: () => scanPage(adapter, doc, pageState),
    pageState: () => pageState,
    lastComposer,
    insert: (composer, text) => insert(composer, text),
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

/**
 * The flows' browser (tests/flows/driver.ts) in Debian's Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi (Playwright's Firefox needs its own patched build, which cannot be downloaded
 * here). The Firefox test build is installed as a temporary add-on; fixture pages are served at the
 * networks' real addresses by request interception. Facts: ../shared/notes/toolchain.md, Firefox.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { type FlowBrowser, type FlowPage, keysOf } from '../flows/driver';

export const FIREFOX_BINARY = process.env.CMC_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_PATH =
  process.env.CMC_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output-test/firefox-mv3');
const EDITORS_BUNDLE = resolve(import.meta.dirname, '../fixtures/editors/dist/editors.js');
/** The manifest's gecko id, and the moz-extension:// host the suite pins it to. */
const ADDON_ID = 'cm-companion@cm-companion.org';
const ADDON_UUID = '0c3d5c1e-7a8b-4c9d-9e0f-1a2b3c4d5e6f';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

type KeyName = Parameters<Page['keyboard']['press']>[0];

function flowPage(page: Page): FlowPage {
  const element = async (selector: string) => {
    const handle = await page.waitForSelector(selector, { timeout: 5_000 });
    if (!handle) throw new Error(`no element ${selector}`);
    return handle;
  };
  return {
    click: async (selector) => (await element(selector)).click(),
    hover: async (selector) => (await element(selector)).hover(),
    focus: async (selector) => (await element(selector)).focus(),
    type: (text) => page.keyboard.type(text),
    press: async (keys) => {
      const { modifiers, key } = keysOf(keys);
      for (const modifier of modifiers) await page.keyboard.down(modifier as KeyName);
      await page.keyboard.press(key as KeyName);
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as KeyName);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
    count: async (selector) => (await page.$$(selector)).length,
    text: async (selector) => {
      const handle = await page.$(selector);
      return handle ? handle.evaluate((node) => node.textContent) : null;
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => {
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/** Serves `fixture` at `url` (and the fixtures' editor bundle); nothing else leaves the machine. */
function route(url: string, fixture: string) {
  const html = readFileSync(fixture, 'utf8');
  const editors = existsSync(EDITORS_BUNDLE) ? readFileSync(EDITORS_BUNDLE, 'utf8') : '';
  const target = new URL(url);
  return (request: HTTPRequest) => {
    const asked = new URL(request.url());
    if (asked.pathname.endsWith('/__fixture__/editors.js')) {
      return request.respond({ status: 200, contentType: 'text/javascript', body: editors });
    }
    if (asked.origin === target.origin && asked.pathname === target.pathname) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return asked.protocol.startsWith('http') ? request.abort() : request.continue();
  };
}

export interface FirefoxFlowBrowser extends FlowBrowser {
  close(): Promise<void>;
}

/** Firefox with the extension installed in a new profile. `backgroundIdleMs`: the event page's idle timeout. */
export async function launchFirefox({
  backgroundIdleMs,
}: {
  backgroundIdleMs?: number;
} = {}): Promise<FirefoxFlowBrowser> {
  const scratch = mkdtempSync(join(tmpdir(), 'cmc-firefox-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_BINARY,
    headless: true,
    // Extension pages (moz-extension://) can be driven only with system access allowed.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TMPDIR: scratch, XDG_CACHE_HOME: scratch },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // permissions.request from a click grants without the prompt automation cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      ...(backgroundIdleMs ? { 'extensions.background.idle.timeout': backgroundIdleMs } : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD_PATH);
  let lastExtensionPage: FlowPage | null = null;

  const openExtensionPage = async (path: string): Promise<FlowPage> => {
    const page = await browser.newPage();
    // Navigations inside extension pages report no events over BiDi: start it, then wait for the page.
    void page.goto(`${ORIGIN}/${path}`).catch(() => undefined);
    // Evaluating while about:blank gives way to the extension page can throw: ask again.
    const loaded = () =>
      page
        .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
        .catch(() => false);
    const deadline = performance.now() + 10_000;
    while (!(await loaded())) {
      if (performance.now() > deadline) throw new Error(`${path} did not load`);
      await new Promise((done) => setTimeout(done, 100));
    }
    lastExtensionPage = flowPage(page);
    return lastExtensionPage;
  };

  /** Asked from an extension page without a message: `getBackgroundPage()` is null while suspended. */
  const backgroundRunning = async (): Promise<boolean> => {
    const probe = lastExtensionPage ?? (await openExtensionPage('popup.html'));
    return probe.evaluate(() => chrome.extension.getBackgroundPage() !== null);
  };

  return {
    name: 'firefox',
    openSite: async (url, fixture) => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', route(url, fixture));
      if (process.env.CMC_FIREFOX_CONSOLE) page.on('console', (m) => console.log('[page]', m.type(), m.text()));
      await page.goto(url);
      return flowPage(page);
    },
    openExtensionPage,
    suspendBackground: async () => {
      if (!backgroundIdleMs) throw new Error('launch Firefox with backgroundIdleMs to let the event page suspend');
      const deadline = performance.now() + backgroundIdleMs + 15_000;
      while (await backgroundRunning()) {
        if (performance.now() > deadline) throw new Error('the event page never suspended');
        await new Promise((done) => setTimeout(done, 250));
      }
    },
    backgroundRunning,
    close: async () => {
      await browser.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

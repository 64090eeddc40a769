import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';

/**
 * The test build (npm run build:test, scripts/build-test.mjs): the store build with mastodon.example
 * granted at install and the clock at TEST_NOW when set. CMC_TEST_EXTENSION_DIR points elsewhere
 * for parallel runs.
 */
export const TEST_BUILD_PATH =
  process.env.CMC_TEST_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output-test/chrome-mv3');
/** The build every spec loads: the test build, so every spec runs at the moment the suite chose. */
export const EXTENSION_PATH = process.env.CMC_EXTENSION_DIR ?? TEST_BUILD_PATH;
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const EDITORS_BUNDLE = join(FIXTURES, 'editors/dist/editors.js');

/** Chromium with the built extension loaded, as the toolchain notes measured it headless. */
export async function launchWithExtension(
  userDataDir: string,
  { locale = 'en-US', extensionPath = EXTENSION_PATH } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      `--lang=${locale}`,
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Serves a fixture file at a real network address: the content scripts inject exactly as they
 * do on the site. The fixtures' editor bundle is served on every host. `fixture`: a path under
 * tests/fixtures, or an absolute path (a network's own fixture folder).
 */
export async function openFixture(
  context: BrowserContext,
  url: string,
  fixture: string,
  /** A variant of the fixture for one test (it must change something). */
  edit?: (html: string) => string,
): Promise<Page> {
  const original = readFileSync(resolve(FIXTURES, fixture), 'utf8');
  const html = edit ? edit(original) : original;
  if (edit && html === original) throw new Error(`openFixture: the edit left ${fixture} unchanged`);
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await context.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readEditorsBundle() }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

function readEditorsBundle(): string {
  try {
    return readFileSync(EDITORS_BUNDLE, 'utf8');
  } catch {
    return 'console.warn("fixture editors bundle not built: npm run build:fixtures")';
  }
}

interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

interface ExtensionFixtures {
  /** Which build to load: the real one, or the test build with mastodon.example granted. */
  extensionPath: string;
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of the extension's own pages (popup.html, sidepanel.html) as a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  extensionPath: [EXTENSION_PATH, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cmc-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, extensionPath }, use) => {
    const context = await launchWithExtension(userDataDir, { extensionPath });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Sends a protocol message from an extension page, as the popup and side panel do. */
export function sendFromPage(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([t, d]) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: t, data: d }),
    [type, data] as const,
  );
}

/**
 * Stops the extension's service worker through the DevTools protocol, as the browser may at any
 * time, and waits until DevTools reports it stopped.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.length > 0 && versions.every((version) => version.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

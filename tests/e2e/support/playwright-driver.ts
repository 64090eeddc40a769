/** The flows' browser (tests/flows/driver.ts) on Playwright's Chromium with the built extension. */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { FlowBrowser, FlowPage } from '../../flows/driver';
import { openFixture, stopServiceWorkers } from './extension';
import { screenshot } from './screenshot';

/** Playwright's CSS engine already pierces open shadow roots: `host >>> inner` is `host inner`. */
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');

function flowPage(page: Page): FlowPage {
  return {
    click: (selector) => page.locator(css(selector)).first().click(),
    hover: (selector) => page.locator(css(selector)).first().hover(),
    focus: (selector) => page.locator(css(selector)).first().focus(),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    count: (selector) => page.locator(css(selector)).count(),
    text: async (selector) => {
      const first = page.locator(css(selector)).first();
      return (await first.count()) > 0 ? first.textContent() : null;
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => {
      await screenshot(page, { path });
    },
    close: () => page.close(),
  };
}

/** Watches the service worker's running status through the DevTools protocol. */
async function workerStatus(context: BrowserContext): Promise<() => boolean> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) status.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return () => [...status.values()].some((running) => running === 'running' || running === 'starting');
}

export async function chromiumFlowBrowser(context: BrowserContext, extensionId: string): Promise<FlowBrowser> {
  const running = await workerStatus(context);
  return {
    name: 'chromium',
    openSite: async (url, fixture) => flowPage(await openFixture(context, url, fixture)),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return flowPage(page);
    },
    suspendBackground: async () => {
      const page = await context.newPage();
      await stopServiceWorkers(page);
      await page.close();
    },
    backgroundRunning: async () => running(),
  };
}

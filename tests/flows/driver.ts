/**
 * What a user flow needs from a browser, whatever drives it: Playwright in Chromium
 * (tests/e2e/support/playwright-driver.ts) or puppeteer-core over WebDriver BiDi in Firefox
 * (tests/firefox/firefox-driver.ts). Each flow in tests/flows/ is written once against this
 * interface and runs in both browsers.
 *
 * Selectors are CSS; `host >>> inner` reaches into an open shadow root (the extension's in-page UI).
 */
export type BrowserName = 'chromium' | 'firefox';

export interface FlowPage {
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types as a user does, key by key, into whatever has the focus. */
  type(text: string): Promise<void>;
  /** One key or a combination: `Enter`, `Escape`, `Control+Enter`. */
  press(keys: string): Promise<void>;
  /** Runs in the page's own world (an extension page: with the extension's API). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Number of elements matching the selector (`>>>` allowed). */
  count(selector: string): Promise<number>;
  /** Text content of the first element matching the selector, or null. */
  text(selector: string): Promise<string | null>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface FlowBrowser {
  readonly name: BrowserName;
  /** Opens `url` served from the fixture file (an absolute path): the content scripts run as on the site. */
  openSite(url: string, fixture: string): Promise<FlowPage>;
  /** Opens one of the extension's pages (popup.html, sidepanel.html?section=…) as a tab. */
  openExtensionPage(path: string): Promise<FlowPage>;
  /**
   * Lets the background stop as the browser does when idle (Chromium: the service worker is
   * stopped; Firefox: the event page is suspended) and resolves once it is no longer running.
   */
  suspendBackground(): Promise<void>;
  /** True while the background runs (asked from outside the extension: never wakes it). */
  backgroundRunning(): Promise<boolean>;
}

/** What a flow receives: a browser with the extension installed, and where to leave screenshots. */
export interface FlowContext {
  browser: FlowBrowser;
  /** A folder for this flow's screenshots (test-results/…). */
  shots: string;
}

export interface Flow {
  /** The test's title in both suites. */
  title: string;
  /** Background idle timeout the flow needs (Firefox pref), for flows that watch the background stop. */
  backgroundIdleMs?: number;
  run(context: FlowContext): Promise<void>;
}

/** Splits `Control+Shift+Enter` into its keys, modifiers first. */
export function keysOf(combination: string): { modifiers: string[]; key: string } {
  const parts = combination.split('+');
  const key = parts.pop() ?? '';
  return { modifiers: parts, key: key === '' ? '+' : key };
}

/**
 * lib/dom insertion against the REAL editor libraries (tests/fixtures/editors harness), without
 * the extension (tests/fixtures/editors/harness-page.ts serves the page and bundles lib/dom in).
 * Proves, per editor kind, what sites.md §13 measured: model, DOM, caret, undo and the site's
 * own submit; then failure reporting, send keys and the page bridge.
 * Run: npm run build:fixtures && npx playwright test tests/e2e/editors.spec.ts
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  bundleLibDom,
  COMPOSERS,
  type Composer,
  domText,
  fixtureModel,
  insert,
  launchChromium,
  libModel,
  locatorOf,
  openHarness,
  type PageGlobals,
  sentTexts,
} from '../fixtures/editors/harness-page';

const INSERTED = 'Merci Marie 🙏\nÀ bientôt';
const EXPECTED = `Hi ${INSERTED}`;

let browser: Browser;
let libDom: string;

test.beforeAll(async () => {
  libDom = await bundleLibDom();
  browser = await launchChromium();
});

test.afterAll(async () => {
  await browser.close();
});

const open = (): Promise<Page> => openHarness(browser, libDom);
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const byId = (id: Composer['id']) => COMPOSERS.find((c) => c.id === id) as Composer;

for (const c of COMPOSERS) {
  test(`${c.editor} (${c.site}): model, DOM, caret, undo and the site's submit`, async () => {
    const page = await open();
    await blur(page);

    // Inserted at the end of the existing "Hi " (the caret was not in the box).
    expect(await insert(page, c, INSERTED)).toMatchObject({ ok: true, technique: c.technique, editor: c.editor });
    expect(await fixtureModel(page, c)).toBe(EXPECTED);
    expect(await libModel(page, c)).toBe(EXPECTED);
    expect(await domText(page, c)).toBe(EXPECTED);

    // One real Ctrl+Z takes the whole insertion back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixtureModel(page, c)).toBe('Hi ');

    // Again, then a real key lands after the inserted text.
    expect(await insert(page, c, INSERTED)).toMatchObject({ ok: true });
    await page.keyboard.type('!');
    await expect.poll(() => fixtureModel(page, c)).toBe(`${EXPECTED}!`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => fixtureModel(page, c)).toBe(EXPECTED);

    // The site's own submit sends exactly the model text, then empties the box.
    await page.locator(`[data-fixture-submit="${c.id}"]`).click();
    expect(await sentTexts(page)).toEqual([EXPECTED]);
    await expect.poll(() => fixtureModel(page, c)).toBe('');
    await page.close();
  });

  test(`${c.editor} (${c.site}): keeps the user's caret`, async () => {
    const page = await open();
    await page.locator(locatorOf(c)).click();
    await page.keyboard.press('Control+Home');
    expect(await insert(page, c, '👍🏽 ')).toMatchObject({ ok: true });
    expect(await fixtureModel(page, c)).toBe('👍🏽 Hi ');
    await page.close();
  });
}

test('an editor that ignores the technique yields ok:false, not a false success', async () => {
  const page = await open();
  const x = byId('x');
  // As if the site dropped synthetic pastes: nothing reaches Draft.js.
  await page.evaluate(() =>
    window.addEventListener('paste', (event) => event.stopImmediatePropagation(), { capture: true }),
  );
  expect(await insert(page, x, INSERTED)).toEqual({
    ok: false,
    reason: 'draftjs: the editor ignored paste',
    editor: 'draftjs',
    tried: ['paste'],
  });
  expect(await fixtureModel(page, x)).toBe('Hi ');
  // One-line text may fall back to execCommand, which Draft.js accepts for a single line.
  expect(await insert(page, x, 'Merci 👍🏽')).toMatchObject({ ok: true, technique: 'execCommand', editor: 'draftjs' });
  expect(await fixtureModel(page, x)).toBe('Hi Merci 👍🏽');
  await page.close();
});

test('a model that changes without holding the text, and cannot be put back, is a failure: nothing is retried', async () => {
  const page = await open();
  const youtube = byId('youtube');
  // A site script that rewrites what is typed (the DOM changes, the text is not what we sent).
  await page.evaluate((selector) => {
    const el = (window as unknown as PageGlobals).__dom.find(selector);
    el.addEventListener('input', () => {
      el.textContent = 'Hi (edited)';
    });
  }, youtube.selector);
  expect(await insert(page, youtube, 'Merci')).toEqual({
    ok: false,
    reason: 'contenteditable: after execCommand the box could not be put back',
    editor: 'contenteditable',
    tried: ['execCommand'],
  });
  await page.close();
});

test("the site's send keys: Ctrl+Enter on X, Enter on Facebook (Shift+Enter is a new line)", async () => {
  const page = await open();
  const [x, facebook] = [byId('x'), byId('facebook')];
  const sent = () => sentTexts(page);
  const xButton = page.locator('[data-testid="tweetButtonInline"]');
  await expect(xButton).toBeEnabled();

  expect(await insert(page, x, INSERTED)).toMatchObject({ ok: true });
  // An extension's capture listener on the document sees the key before the site and can hold it.
  await page.evaluate(() => {
    const hold = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      document.removeEventListener('keydown', hold, true);
    };
    document.addEventListener('keydown', hold, true);
  });
  await page.keyboard.press('Control+Enter');
  expect(await sent()).toEqual([]);
  await page.keyboard.press('Control+Enter');
  expect(await sent()).toEqual([EXPECTED]);
  // X disables its button while the box is empty.
  await expect(xButton).toBeDisabled();
  await expect(xButton).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.type('a');
  await expect(xButton).toBeEnabled();

  await page.locator(facebook.selector).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('two');
  await page.keyboard.press('Enter');
  expect(await sent()).toEqual([EXPECTED, 'Hi one\ntwo']);
  await expect(page.locator('ol[data-fixture-sent] li')).toHaveText([EXPECTED, 'Hi one\ntwo']);
  await page.close();
});

test('the page bridge: insertion and model reads through document events, one token per request', async () => {
  const page = await open();
  expect(await page.evaluate(() => (window as unknown as PageGlobals).__dom.client.ping())).toBe(true);
  for (const c of COMPOSERS) {
    const result = await page.evaluate(
      async ([selector, host, text, editor]) => {
        const dom = (window as unknown as PageGlobals).__dom;
        const el = dom.find(selector, host);
        const inserted = await dom.client.insertText(el, text, editor);
        return {
          inserted,
          model: await dom.client.readModelText(el, editor),
          token: el.getAttribute('data-cmc-target'),
        };
      },
      [c.selector, 'shadowHost' in c ? c.shadowHost : undefined, INSERTED, c.editor] as const,
    );
    expect(result, c.site).toMatchObject({
      inserted: { ok: true, technique: c.technique, editor: c.editor },
      model: EXPECTED,
      token: null,
    });
    expect(await fixtureModel(page, c)).toBe(EXPECTED);
  }
  await page.close();
});

test('the page-state readers take identity from page globals and never returns tokens', async () => {
  const page = await open();
  const state = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const data: Record<string, unknown> = {
      LOGGED_IN: true,
      DELEGATED_SESSION_ID: '1122334455',
      INNERTUBE_API_KEY: 'secret-api-key',
      ID_TOKEN: 'secret-id-token',
      XSRF_TOKEN: 'secret-xsrf',
    };
    w.ytcfg = { data_: data, get: (key: string) => data[key] };
    w.require = (name: string) => {
      if (name !== 'CurrentUserInitialData') throw new Error(`Requiring unknown module "${name}"`);
      return {
        USER_ID: '61550000000001',
        ACCOUNT_ID: '100000000000001',
        NAME: 'Marie Dupont',
        SHORT_NAME: 'Marie',
        APP_ID: '936619743392459',
      };
    };
    const root = document.createElement('div');
    root.id = 'react-root';
    const top = document.createElement('div');
    const store = {
      getState: () => ({
        session: { user_id: '1851234567890123456' },
        entities: {
          users: {
            entities: {
              '1851234567890123456': {
                id_str: '1851234567890123456',
                screen_name: 'acme_support',
                name: 'Acme Support',
                profile_image_url_https: 'https://pbs.twimg.com/profile_images/1/a.jpg',
                email: 'private@example.com',
              },
            },
          },
        },
      }),
    };
    Object.assign(top, { __reactProps$test: { children: { props: { children: { props: { store } } } } } });
    root.append(top);
    document.body.append(root);
    return (window as unknown as PageGlobals).__dom.pageState([
      'ytcfg',
      'CurrentUserInitialData',
      'xReduxSession',
      'document.cookie',
    ]);
  });
  expect(state).toEqual({
    ytcfg: { LOGGED_IN: true, DELEGATED_SESSION_ID: '1122334455' },
    CurrentUserInitialData: {
      USER_ID: '61550000000001',
      ACCOUNT_ID: '100000000000001',
      NAME: 'Marie Dupont',
      SHORT_NAME: 'Marie',
    },
    xReduxSession: {
      user_id: '1851234567890123456',
      screen_name: 'acme_support',
      name: 'Acme Support',
      profile_image_url_https: 'https://pbs.twimg.com/profile_images/1/a.jpg',
      id_str: '1851234567890123456',
    },
    'document.cookie': null,
  });
  await page.close();
});

test('a half-taken paste is undone through the library before the next technique: no text twice', async () => {
  const page = await open();
  const quill = byId('linkedin-legacy');
  // A site paste handler that puts only part of the text into Quill's model, then stops.
  await page.evaluate((selector) => {
    const el = (window as unknown as PageGlobals).__dom.find(selector);
    const container = el.closest('.ql-container') as HTMLElement & {
      __quill: { getLength(): number; insertText(at: number, text: string, source: string): void };
    };
    el.addEventListener(
      'paste',
      (event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
        container.__quill.insertText(container.__quill.getLength() - 1, 'Mer', 'user');
      },
      { capture: true },
    );
  }, quill.selector);
  await blur(page);
  expect(await insert(page, quill, 'Merci 👍🏽')).toMatchObject({
    ok: true,
    editor: 'quill',
    technique: 'execCommand',
    tried: ['paste', 'execCommand'],
  });
  expect(await fixtureModel(page, quill)).toBe('Hi Merci 👍🏽');
  expect(await domText(page, quill)).toBe('Hi Merci 👍🏽');
  await page.close();
});

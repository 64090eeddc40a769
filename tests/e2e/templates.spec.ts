import type { BrowserContext, Page, Worker } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { expect, openFixture, TEST_BUILD_PATH, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Reply templates on every network's fixture, with the real editor libraries: the trigger typed
 * in the box opens the picker, the keyboard picks, and the editor's model, the caret, undo and
 * the site's own submit all see the rendered template. The same through the keyboard command.
 */
/** Every network's template cases (tests/fixtures/<network>/cases.ts). */
const ALL_CASES = casesOf('templates', await loadNetworkCases());
type Case = (typeof ALL_CASES)[number];
/** Networks on fixed hosts run in the store build; those on granted servers in the test build. */
const CASES = ALL_CASES.filter((one) => !one.network.runsOnGrantedServers);
const ON_GRANTED_SERVERS = ALL_CASES.filter((one) => one.network.runsOnGrantedServers);

/** A template whose {cursor} sits mid-text, to check the caret. */
const CURSOR_TEMPLATE = {
  id: 'e2e-cursor',
  name: 'E2E caret test',
  shortcut: 'tcur',
  body: 'Hi {author.firstName}! {cursor}Thanks — {brand}',
  tags: [],
  networks: [],
  language: 'any',
  useCount: 0,
  lastUsedAt: null,
  createdAt: 1,
  updatedAt: 1,
};
const LONG_TEMPLATE = {
  ...CURSOR_TEMPLATE,
  id: 'e2e-long',
  name: 'E2E long',
  shortcut: 'tlong',
  body: 'Long '.repeat(70),
};

type FixtureWindow = Window & { __fixture: { ready: boolean; sent: string[]; modelText(el: Element): string | null } };

const PICKER = 'cm-companion-template-picker .picker';

async function seed(worker: Worker, settings: Record<string, unknown> = {}) {
  // The background seeds the starter set on install: add to it, never race it.
  await expect
    .poll(() => worker.evaluate(async () => Array.isArray((await chrome.storage.local.get('templates')).templates)))
    .toBe(true);
  await worker.evaluate(
    async ([extra, templates, more]) => {
      // Reading first lets the starter set seed; the test templates are added to it.
      const stored = (await chrome.storage.local.get('templates')).templates as unknown[] | undefined;
      await chrome.storage.local.set({
        templates: [...templates, ...(stored ?? [])],
        settings: {
          language: 'en',
          theme: 'auto',
          brandName: 'Acme',
          toolbarOpens: 'popup',
          mastodonInstances: [],
          ...more,
        },
      });
      void extra;
    },
    [null, [CURSOR_TEMPLATE, LONG_TEMPLATE], settings] as const,
  );
}

async function open(context: BrowserContext, site: Case): Promise<Page> {
  const page = await openFixture(context, site.url, site.fixture);
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready)).toBe(true);
  return page;
}

async function editable(page: Page, id: string) {
  const host = page.locator(`[data-fixture-id="${id}"]`);
  const inside = host.locator('[contenteditable="true"], textarea').first();
  return (await inside.count()) > 0 ? inside : host;
}

function model(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (composer) =>
      (window as unknown as FixtureWindow).__fixture.modelText(
        document.querySelector(`[data-fixture-id="${composer}"]`) as Element,
      ),
    id,
  );
}

async function sendCommand(worker: Worker, url: string) {
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error('tab not found');
    return chrome.tabs.sendMessage(tab.id, { type: 'command', data: { command: 'open-template-picker' } });
  }, url);
}

/** One network's full run: trigger, keyboard, model, caret, undo, command, submit, counts and events. */
function testTemplatesOn(site: Case, settings: Record<string, unknown> = {}) {
  test(`templates on ${site.title}: trigger, keyboard, model, caret, undo, command and submit`, async ({
    context,
    worker,
  }) => {
    await seed(worker, settings);
    let page = await open(context, site);
    let box = await editable(page, site.composer);
    await box.click();
    const before = (await model(page, site.composer)) ?? '';
    const [word, title, id] = ['tcur', 'E2E caret test', 'e2e-cursor'];
    // The caret is left at {cursor}: what is typed next lands before "Thanks".
    const typed = (text: string) => text.replace('Thanks', 'ok Thanks');

    // Trigger + filter typed in the real editor.
    await page.keyboard.type(`;;${word.slice(0, 3)}`);
    const picker = page.locator(PICKER);
    await expect(picker).toBeVisible();
    await page.keyboard.type(word.slice(3));
    await expect(picker.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(picker.getByRole('option').first()).toContainText(title);
    const preview = (await picker.getByTestId('picker-preview').textContent()) ?? '';
    expect(preview).toMatch(/^Hi( \S+)?! Thanks — Acme$/);
    await page.keyboard.press('Enter');
    await expect(picker).toHaveCount(0);
    await expect.poll(() => model(page, site.composer)).toBe(`${before}${preview}`);
    // The caret is at {cursor}: what is typed next lands before "Thanks".
    await page.keyboard.type('ok ');
    await expect.poll(() => model(page, site.composer)).toBe(`${before}${typed(preview)}`);
    // Undo takes back the typing, then the insertion: the box holds what the user had typed.
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page, site.composer)).not.toContain('ok Thanks');
    await expect
      .poll(async () => {
        const now = await model(page, site.composer);
        if (now?.includes('Thanks')) await page.keyboard.press('Control+z');
        return now;
      })
      .toMatch(new RegExp(`^${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(;;${word})?$`));

    // The keyboard command, on a fresh page: the picker's search box filters, Enter inserts.
    await page.close();
    page = await open(context, site);
    box = await editable(page, site.composer);
    await box.click();
    expect(await sendCommand(worker, site.url)).toEqual({ handled: true });
    await expect(page.locator(PICKER)).toBeVisible();
    // The search box takes the focus once the picker is drawn: the user types after it does.
    await expect(page.locator(PICKER).getByRole('searchbox')).toBeFocused();
    await page.keyboard.type(word);
    await expect(page.locator(PICKER).getByRole('option').first()).toContainText(title);
    const preview2 = (await page.locator(PICKER).getByTestId('picker-preview').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.locator(PICKER)).toHaveCount(0);
    await expect.poll(() => model(page, site.composer)).toBe(`${before}${preview2}`);
    await page.keyboard.type('ok ');
    const final = `${before}${typed(preview2)}`;
    await expect.poll(() => model(page, site.composer)).toBe(final);
    await page.locator(`[data-fixture-submit="${site.composer}"]:not(form)`).first().click();
    const sent = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.sent);
    expect(sent.at(-1)).toBe(final);

    // Use count, last use and the audit event.
    await expect
      .poll(() =>
        worker.evaluate(async (templateId) => {
          // Counts live apart from the bodies (written by the background only).
          const { templateUses } = await chrome.storage.local.get('templateUses');
          return (templateUses as Record<string, { count: number }> | undefined)?.[templateId]?.count;
        }, id),
      )
      .toBe(2);
    const events = await worker.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('cm-companion');
          request.onsuccess = () => {
            const all = request.result.transaction('events').objectStore('events').getAll();
            all.onsuccess = () =>
              resolve(all.result.filter((event: { type: string }) => event.type === 'template-use'));
            all.onerror = () => reject(all.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(events).toHaveLength(2);
  });
}

for (const site of CASES) testTemplatesOn(site);

test.describe('on a granted server (test build: the server is granted at install)', () => {
  test.use({ extensionPath: TEST_BUILD_PATH });
  for (const site of ON_GRANTED_SERVERS) testTemplatesOn(site, { mastodonInstances: [new URL(site.url).hostname] });
});

test('a template with fill-in fields asks for them in the picker (LinkedIn, French)', async ({ context, worker }) => {
  await seed(worker, { language: 'fr' });
  const site = CASES.find((one) => one.network.id === 'linkedin') as Case;
  const page = await open(context, site);
  await (await editable(page, site.composer)).click();
  const before = (await model(page, site.composer)) ?? '';
  await page.keyboard.type(';;prix');
  const picker = page.locator(PICKER);
  await expect(picker.getByRole('option').first()).toContainText('Prix et livraison');
  await expect(picker.getByTestId('picker-missing')).toContainText('{field:Prix}');
  await page.keyboard.press('Enter');
  await expect(picker.locator('input[data-field="Prix"]')).toBeFocused();
  await page.keyboard.type('19 €');
  await page.keyboard.press('Enter');
  await expect(picker.locator('input[data-field="Délai de livraison"]')).toBeFocused();
  await page.keyboard.type('3 jours');
  await expect(picker.getByTestId('picker-missing')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect
    .poll(() => model(page, site.composer))
    .toMatch(/Le prix est de 19 € et la livraison prend 3 jours\. Pour une commande/);
  const text = (await model(page, site.composer)) ?? '';
  expect(text.startsWith(before)).toBe(true);
  expect(text).not.toContain(';;prix');
  expect(text).not.toMatch(/[{}]|undefined/);
});

test('an over-limit template is flagged on X, and Esc leaves the box as it was', async ({ context, worker }) => {
  await seed(worker);
  const site = CASES.find((one) => one.network.id === 'x') as Case;
  const page = await open(context, site);
  await (await editable(page, site.composer)).click();
  const before = (await model(page, site.composer)) ?? '';
  await page.keyboard.type(';;tlong');
  const picker = page.locator(PICKER);
  await expect(picker.getByRole('option').first()).toContainText('E2E long');
  await expect(picker.getByTestId('picker-over')).toContainText('Too long for X');
  await expect(picker.getByTestId('picker-count')).toHaveText(/^\d+ \/ 280$/);
  await expect(picker.getByTestId('picker-count')).toHaveAttribute('data-over', 'true');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect.poll(() => model(page, site.composer)).toBe(`${before};;tlong`);
});

for (const locale of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot of the picker (${locale}, ${theme})`, async ({ context, worker }) => {
      await seed(worker, { language: locale, theme });
      const site = CASES.find((one) => one.network.id === 'x') as Case;
      const page = await open(context, site);
      await page.emulateMedia({ colorScheme: theme });
      await (await editable(page, site.composer)).click();
      await page.keyboard.type(locale === 'fr' ? ';;prix' : ';;price');
      await expect(page.locator(PICKER)).toBeVisible();
      await screenshot(page, { path: `tests/.artifacts/screenshots/template-picker-${locale}-${theme}.png` });
    });
  }
}

test('the Templates view: starter set, create, search, duplicate, delete, import and export', async ({
  worker,
  openExtensionPage,
}) => {
  await seed(worker);
  const panel = await openExtensionPage('sidepanel.html?section=templates');
  const items = panel.locator('.template-item');
  await expect(items).toHaveCount(14);
  await panel.getByRole('button', { name: 'New template' }).click();
  await expect(panel.locator('input[name="name"]')).toBeFocused();
  await panel.keyboard.type('Order follow-up');
  await panel.locator('textarea[name="body"]').fill('Hi {author.firstName}, order {field:Order number} is on its way.');
  await panel.locator('input[name="shortcut"]').fill('suivi');
  await panel.locator('select[name="language"]').selectOption('en');
  await panel.getByRole('checkbox', { name: 'Instagram' }).check();
  await panel.keyboard.press('Enter');
  await expect(items).toHaveCount(15);
  await panel.locator('input[name="templateSearch"]').fill('suivi');
  await expect(items.first()).toContainText('Order follow-up');
  await expect(items.first()).toContainText('Instagram');
  await expect(items.first().getByTestId('template-usage')).toContainText('used 0 times · never used');
  const mine = items.filter({ hasText: 'Order follow-up' });
  await panel.getByRole('button', { name: 'Duplicate: Order follow-up' }).click();
  await expect(mine).toHaveCount(2);
  await panel.getByRole('button', { name: 'Delete: Order follow-up (copy)' }).click();
  await panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(mine).toHaveCount(1);
  await panel.locator('input[name="templateSearch"]').fill('');

  const bad = JSON.stringify({
    format: 'cm-companion-templates',
    version: 1,
    templates: [
      { name: 'a', body: 'b' },
      { name: 'x', body: 'y', networks: ['myspace'] },
    ],
  });
  await panel
    .locator('input[name="templateImport"]')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(panel.getByRole('alert')).toContainText('templates[1].networks[0]');
  await expect(items).toHaveCount(15);
  const good = JSON.stringify([{ name: 'Imported', body: 'Hello {brand}' }]);
  await panel
    .locator('input[name="templateImport"]')
    .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(panel.getByRole('status')).toContainText('Templates imported: 1');
  await expect(items).toHaveCount(16);
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toMatch(/^cm-companion-templates-.*\.json$/);

  for (const [language, theme] of [
    ['en', 'light'],
    ['fr', 'dark'],
  ] as const) {
    await worker.evaluate(
      async ([lang, th]) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), language: lang, theme: th } });
      },
      [language, theme] as const,
    );
    await panel.emulateMedia({ colorScheme: theme });
    await expect(panel.locator('html')).toHaveAttribute('lang', language);
    await screenshot(panel, { path: `tests/.artifacts/screenshots/sidepanel-templates-${language}-${theme}.png` });
  }
});

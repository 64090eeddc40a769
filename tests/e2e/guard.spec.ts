import type { Locator, Page, Worker } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { testDateTime } from './support/clock';
import { expect, openFixture, sendFromPage, TEST_BUILD_PATH, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * The account guard on each network's fixture: a post from the wrong account is held before the
 * site's own submit (click and keyboard), Cancel keeps the text and sends nothing, Send anyway
 * sends exactly once with the text intact, the right account passes without a dialog, and every
 * warning and decision reaches `events`.
 */
/** Every network's guard cases (tests/fixtures/<network>/cases.ts), named by network id. */
const CASES = casesOf('guard', await loadNetworkCases()).map((one) => ({ ...one, network: one.network.id }));
type GuardCase = (typeof CASES)[number];

interface FixtureGlobal {
  __fixture: { ready: boolean; sent: string[]; modelText(el: Element): string | null };
}

function account(network: string, handle: string, role: string, extra: Record<string, unknown> = {}) {
  return { id: `${network}-${handle}`, network, handle, displayName: '', role, ...extra };
}

/** Writes the registry as the Accounts view would (same storage item, same version). */
async function setRegistry(worker: Worker, accounts: unknown[]): Promise<void> {
  await worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ accounts: value, accounts$: { v: 1 } });
  }, accounts);
}

async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({ settings: value, settings$: { v: 1 } });
  }, settings);
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureGlobal).__fixture.ready)).toBe(true);
}

async function editorOf(page: Page, composer: string): Promise<Locator> {
  const host = page.locator(`[data-fixture-id="${composer}"]`);
  const inside = host.locator('[contenteditable="true"], textarea').first();
  return (await inside.count()) > 0 ? inside : host;
}

const modelText = (page: Page, composer: string) =>
  page.evaluate((id) => {
    const host = document.querySelector(`[data-fixture-id="${id}"]`) as Element;
    return (window as unknown as FixtureGlobal).__fixture.modelText(host);
  }, composer);

const sent = (page: Page) => page.evaluate(() => [...(window as unknown as FixtureGlobal).__fixture.sent]);

/** True when the focused element is the composer or inside it. */
const focusInComposer = (page: Page, composer: string) =>
  page.evaluate((id) => {
    const host = document.querySelector(`[data-fixture-id="${id}"]`);
    const active = document.activeElement;
    return Boolean(host && active && (host === active || host.contains(active) || active.contains(host)));
  }, composer);

async function pressSend(page: Page, site: GuardCase, editor: Locator): Promise<void> {
  if (site.key === 'button') {
    await page.locator(`[data-fixture-submit="${site.composer}"]`).first().focus();
    await page.keyboard.press('Enter');
  } else {
    await editor.focus();
    await page.keyboard.press(site.key);
  }
}

async function guardEvents(panel: Page): Promise<{ type: string; network: string; data: Record<string, unknown> }[]> {
  const reply = (await sendFromPage(panel, 'listGuardEvents', { limit: 100 })) as {
    ok: boolean;
    result: { events: { type: string; network: string; data: Record<string, unknown> }[] };
  };
  expect(reply.ok).toBe(true);
  return reply.result.events;
}

for (const site of CASES) {
  test(`${site.network} (${site.fixtureName}): a personal account posting brand words is held; Cancel keeps, Send anyway sends once; the right account passes`, async ({
    context,
    worker,
    openExtensionPage,
  }) => {
    await setRegistry(worker, [
      account(site.network, site.handle, 'personal', { colour: '#57606a' }),
      account(site.network, 'acme-brand-account', 'brand', { brandKeywords: ['Acme', '#AcmeLaunch'] }),
    ]);
    const page = await openFixture(context, site.url, site.fixture);
    await ready(page);
    const editor = await editorOf(page, site.composer);
    await editor.click();
    await expect(page.getByTestId('guard-badge').first()).toContainText('Posting as');
    await expect(page.getByTestId('guard-badge').first()).toContainText('Personal');
    await page.keyboard.type('Loving the new Acme kettle');
    const model = await modelText(page, site.composer);
    expect(model).toContain('Acme kettle');
    const dialog = page.getByTestId('guard-dialog');

    // Keyboard: held, then Esc cancels with the text and the focus left in the composer.
    await pressSend(page, site, editor);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('brand words');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await modelText(page, site.composer)).toBe(model);
    expect(await focusInComposer(page, site.composer)).toBe(true);

    // Click: held, Cancel sends nothing.
    await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await sent(page)).toEqual([]);
    expect(await modelText(page, site.composer)).toBe(model);

    // Send anyway releases the original submission exactly once.
    if (site.keySends === false) {
      await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
    } else {
      await pressSend(page, site, editor);
    }
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => sent(page)).toEqual([model]);
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([model]);

    // The warnings and decisions are in `events`.
    const panel = await openExtensionPage('sidepanel.html?section=accounts');
    await expect
      .poll(async () => (await guardEvents(panel)).filter((event) => event.network === site.network).length)
      .toBe(6);
    const events = (await guardEvents(panel)).filter((event) => event.network === site.network).reverse();
    expect(events.map((event) => event.type)).toEqual([
      'guard-warning',
      'guard-decision',
      'guard-warning',
      'guard-decision',
      'guard-warning',
      'guard-decision',
    ]);
    expect(events.filter((event) => event.type === 'guard-decision').map((event) => event.data.decision)).toEqual([
      'cancel',
      'cancel',
      'send-anyway',
    ]);
    expect(events[0]?.data).toMatchObject({ rules: ['keywords'], activeHandle: site.handle, role: 'personal' });
    await expect(panel.getByTestId('guard-events').locator('li')).toHaveCount(6);

    // The right account: registered as the brand, nothing to object to, no dialog.
    await setRegistry(worker, [account(site.network, site.handle, 'brand', { brandKeywords: ['Acme'] })]);
    await page.bringToFront();
    await expect(page.getByTestId('guard-badge').first()).toContainText('Brand');
    await editor.click();
    await page.keyboard.type('Thanks for the kind words about Acme');
    const second = await modelText(page, site.composer);
    await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
    await expect.poll(() => sent(page)).toEqual([model, second]);
    await expect(dialog).toHaveCount(0);
  });
}

test('a brand account is reminded outside its posting hours, and passes inside them', { tag: '@clock' }, async ({
  context,
  worker,
}) => {
  const site = CASES.find((one) => one.network === 'x') as GuardCase;
  const at = testDateTime();
  const hours = (from: number, to: number) => ({
    days: [1, 2, 3, 4, 5, 6, 7],
    start: at.plus({ hours: from }).toFormat('HH:00'),
    end: at.plus({ hours: to }).toFormat('HH:00'),
    timeZone: at.zoneName,
  });
  // Two to three hours from now: the suite's moment is outside (windows may cross midnight).
  await setRegistry(worker, [account('x', site.handle, 'brand', { hours: hours(2, 3) })]);
  const page = await openFixture(context, site.url, site.fixture);
  await ready(page);
  const editor = await editorOf(page, site.composer);
  await editor.click();
  await page.keyboard.type('Our support team is here for you');
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toContainText(`between ${hours(2, 3).start} and ${hours(2, 3).end}`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await sent(page)).toEqual([]);

  // From an hour ago to two hours ahead: inside, the post leaves without a question.
  await setRegistry(worker, [account('x', site.handle, 'brand', { hours: hours(-1, 2) })]);
  await page.close();
  const inside = await openFixture(context, site.url, site.fixture);
  await ready(inside);
  await (await editorOf(inside, site.composer)).click();
  await inside.keyboard.type('Our support team is here for you');
  await inside.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  await expect.poll(() => sent(inside)).toEqual(['Our support team is here for you']);
  await expect(inside.getByTestId('guard-dialog')).toHaveCount(0);
});

test('X: "Switch account" keeps the text, sends nothing and opens the site\'s own account switcher', async ({
  context,
  worker,
}) => {
  const site = CASES.find((one) => one.network === 'x') as GuardCase;
  await setRegistry(worker, [
    account('x', site.handle, 'personal'),
    account('x', 'acme-brand-account', 'brand', { brandKeywords: ['Acme'] }),
  ]);
  const page = await openFixture(context, site.url, site.fixture);
  await ready(page);
  await page.evaluate(() => {
    const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
    switcher?.addEventListener('click', () => document.documentElement.setAttribute('data-switcher-opened', ''));
  });
  const editor = await editorOf(page, site.composer);
  await editor.click();
  await page.keyboard.type('Loving the new Acme kettle');
  const model = await modelText(page, site.composer);
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  const dialog = page.getByTestId('guard-dialog');
  await dialog.getByRole('button', { name: 'Switch account' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-switcher-opened', '');
  expect(await sent(page)).toEqual([]);
  expect(await modelText(page, site.composer)).toBe(model);
});

test('a network without an account switcher on the page offers no "Switch account"', async ({ context, worker }) => {
  const site = CASES.find((one) => one.network === 'reddit') as GuardCase;
  await setRegistry(worker, [
    account('reddit', site.handle, 'personal'),
    account('reddit', 'acme-brand-account', 'brand', { brandKeywords: ['Acme'] }),
  ]);
  const page = await openFixture(context, site.url, site.fixture);
  await ready(page);
  const editor = await editorOf(page, site.composer);
  await editor.click();
  await page.keyboard.type('Loving the new Acme kettle');
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Switch account' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('an unknown active account is offered for registration, in the page and in the side panel', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await setRegistry(worker, [account('x', 'acme_support', 'brand')]);
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await ready(page);
  const editor = await editorOf(page, 'x-home');
  await editor.click();
  const notice = page.getByTestId('guard-register-notice');
  await expect(notice).toContainText('@acme');
  await screenshot(page, { path: 'tests/.artifacts/guard-register-notice.png' });
  await expect(page.getByTestId('guard-badge').first()).toContainText('Posting as @acme');

  // Posting before registering: rule 4 holds it.
  await page.keyboard.type('Hello there');
  await page.locator('[data-fixture-submit="x-home"]').click();
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toContainText('not in your accounts');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The side panel offers it too; nothing was registered silently.
  const panel = await openExtensionPage('sidepanel.html?section=accounts');
  await expect(panel.getByTestId('seen-account')).toContainText('@acme');
  await expect(panel.getByTestId('account-row')).toHaveCount(1);

  // Register from the page's notice: the badge follows, and the post goes through.
  await page.bringToFront();
  await notice.getByRole('button', { name: 'Brand' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('guard-badge').first()).toContainText('@acme · Brand');
  await page.locator('[data-fixture-submit="x-home"]').click();
  await expect.poll(() => sent(page)).toEqual(['Hello there']);
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('account-row')).toHaveCount(2);
  await expect(panel.getByTestId('seen-account')).toHaveCount(0);
});

test('an account the page names only in its globals is learnt where the user only reads, with no bridge left in the page', async ({
  context,
  openExtensionPage,
}) => {
  // YouTube's watch page: the avatar menu was never opened, so only ytcfg (a page global) names the channel.
  const page = await openFixture(
    context,
    'https://www.youtube.com/watch?v=acmeGlobals1',
    'youtube/composer.html',
    (html) => html.replace('SESSION_INDEX: 0 });', "SESSION_INDEX: 0, CHANNEL_HANDLE: '@acme_videos' });"),
  );
  await ready(page);

  const panel = await openExtensionPage('sidepanel.html?section=accounts');
  await expect(panel.getByTestId('seen-account')).toContainText('@acme_videos');
  await expect(panel.getByTestId('seen-account')).toContainText('YouTube');
  // Read by a script that ran and left: no bridge listening, no global of ours in the page.
  const leftovers = await page.evaluate(() => ({
    bridge: (document as unknown as Record<symbol, unknown>)[Symbol.for('cm-companion.page-bridge')] ?? null,
    globals: Object.keys(window).filter((key) => /page.?(state|bridge)/i.test(key)),
  }));
  expect(leftovers).toEqual({ bridge: null, globals: [] });
});

test("an account the site renders after its load is found at the user's first touch", async ({
  context,
  openExtensionPage,
}) => {
  // The account button leaves as the page starts and comes back a moment after the load event.
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html', (html) =>
    html.replace(
      '</body>',
      `<script>
        const button = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
        const parent = button.parentElement;
        button.remove();
        addEventListener('load', () => setTimeout(() => parent.append(button), 500));
      </script></body>`,
    ),
  );
  await ready(page);
  await expect(page.locator('[data-testid="SideNav_AccountSwitcher_Button"]')).toHaveCount(1);
  await page.mouse.click(5, 5);
  const panel = await openExtensionPage('sidepanel.html?section=accounts');
  await expect(panel.getByTestId('seen-account')).toContainText('@acme');
});

test('when the page does not say who is signed in, the user is told and chooses; the text is never lost', async ({
  context,
  worker,
}) => {
  await setRegistry(worker, [account('x', 'acme', 'brand')]);
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await ready(page);
  await (await editorOf(page, 'x-home')).click();
  await page.keyboard.type('Where did the account go?');
  const model = await modelText(page, 'x-home');
  await page.evaluate(() => document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.remove());
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toContainText('The account check could not run');
  await expect(dialog).toContainText('not shown on this page');
  await screenshot(page, { path: 'tests/.artifacts/guard-dialog-check-failed.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await modelText(page, 'x-home')).toBe(model);
  await page.keyboard.press('Control+Enter');
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toEqual([model]);
});

test.describe('Mastodon (test build, server granted at install)', () => {
  test.use({ extensionPath: TEST_BUILD_PATH });

  test('a personal account posting brand words is held and released once', async ({
    context,
    worker,
    openExtensionPage,
  }) => {
    const panel = await openExtensionPage('sidepanel.html?section=settings');
    await panel.locator('input[name="mastodonHost"]').fill('mastodon.example');
    await panel.getByRole('button', { name: 'Add server' }).click();
    await expect(panel.locator('.chip')).toHaveCount(1);
    await setRegistry(worker, [
      account('mastodon', '@acme@mastodon.example', 'personal'),
      account('mastodon', 'acme_brand@mastodon.social', 'brand', { brandKeywords: ['Acme'] }),
    ]);
    const page = await openFixture(context, 'https://mastodon.example/@marie/113500000000000001', 'mastodon/post.html');
    await ready(page);
    await (await editorOf(page, 'masto-reply')).click();
    await expect(page.getByTestId('guard-badge').first()).toContainText('@acme@mastodon.example · Personal');
    await page.keyboard.type(' Acme says hi');
    const model = await modelText(page, 'masto-reply');
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByTestId('guard-dialog');
    await expect(dialog).toContainText('brand words');
    expect(await sent(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toEqual([model]);
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([model]);
  });
});

test('the Accounts view adds, edits and deletes accounts, registers a reported one, and switches rules', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await ready(page);
  const panel = await openExtensionPage('sidepanel.html?section=accounts');
  await expect(panel.getByTestId('seen-account')).toContainText('@acme');

  await panel.getByRole('button', { name: 'Add an account' }).click();
  const form = panel.getByTestId('account-form');
  await form.getByLabel('Network').selectOption('linkedin');
  await form.getByLabel('Handle', { exact: true }).fill('https://www.linkedin.com/in/marie-dupont-acme/');
  await form.getByLabel('Role').selectOption('personal');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('account-row')).toContainText('@marie-dupont-acme');

  await panel.getByTestId('seen-account').getByRole('button', { name: 'Register' }).click();
  await form.getByLabel('Label (client, team…)').fill('Acme France');
  await form.getByLabel('Brand words and hashtags').fill('Acme, #AcmeLaunch');
  await form.getByLabel('Words that must never go out from this account').fill('damn');
  await form.getByLabel('Always confirm before posting from this account').check();
  await form.getByLabel('Warn outside these hours').check();
  // Every day, all day (start = end): the rest of this test must not depend on when it runs.
  for (const day of ['Sat', 'Sun']) await form.getByLabel(day, { exact: true }).check();
  await form.getByLabel('From', { exact: true }).fill('00:00');
  await form.getByLabel('To', { exact: true }).fill('00:00');
  await panel.setViewportSize({ width: 420, height: 1300 });
  await screenshot(panel, { path: 'tests/.artifacts/guard-accounts-form.png', fullPage: true });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('account-row')).toHaveCount(2);
  await expect(panel.getByTestId('seen-account')).toHaveCount(0);
  await expect(panel.getByTestId('account-row').first()).toContainText('always confirm');
  await panel.setViewportSize({ width: 420, height: 700 });
  await screenshot(panel, { path: 'tests/.artifacts/guard-accounts-view.png', fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await screenshot(panel, { path: 'tests/.artifacts/guard-accounts-view-dark.png', fullPage: true });
  await panel.emulateMedia({ colorScheme: 'light' });

  // Duplicate handles are refused.
  await panel.getByRole('button', { name: 'Add an account' }).click();
  await form.getByLabel('Handle', { exact: true }).fill('@ACME');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('already registered');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Edit, then delete (two clicks: the first asks).
  await panel.getByRole('button', { name: 'Edit @marie-dupont-acme' }).click();
  await form.getByLabel('Role').selectOption('client');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('account-row').nth(1)).toContainText('Client');
  await panel.getByRole('button', { name: 'Delete @marie-dupont-acme' }).click();
  await panel.getByRole('button', { name: 'Delete for good @marie-dupont-acme' }).click();
  await expect(panel.getByTestId('account-row')).toHaveCount(1);

  // Always confirm holds the brand account's post; switching the rule off lets it through.
  await page.bringToFront();
  await (await editorOf(page, 'x-home')).click();
  await page.keyboard.type('Good morning');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toContainText('asks for a confirmation');
  await page.keyboard.press('Escape');
  await panel.goto(panel.url().replace('section=accounts', 'section=settings'));
  await panel.getByLabel('Ask before every post from accounts marked “always confirm”').uncheck();
  await panel.getByLabel('Show the identity badge next to reply and post boxes').uncheck();
  await page.bringToFront();
  await expect(page.getByTestId('guard-badge')).toHaveCount(0);
  // A real click, as the user would: it puts the caret (not only focus) in the Draft.js box.
  await (await editorOf(page, 'x-home')).click();
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sent(page)).toEqual(['Good morning']);
  await expect(dialog).toHaveCount(0);
});

test('screenshots: the badge and the dialog in English and French, light and dark', async ({ context, worker }) => {
  await setRegistry(worker, [
    account('x', 'acme', 'personal', { displayName: 'Marie', colour: '#8250df' }),
    account('x', 'acme_brand', 'brand', { brandKeywords: ['Acme'], colour: '#cf222e' }),
  ]);
  for (const [language, theme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['fr', 'light'],
    ['fr', 'dark'],
  ] as const) {
    await setSettings(worker, { language, theme, brandName: '', toolbarOpens: 'popup', mastodonInstances: [] });
    const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
    await page.emulateMedia({ colorScheme: theme });
    await ready(page);
    await (await editorOf(page, 'x-home')).click();
    await page.keyboard.type('New Acme kettle! Loving it');
    const badge = page.getByTestId('guard-badge').first();
    await expect(badge).toContainText(language === 'fr' ? 'Vous publiez en tant que @acme' : 'Posting as @acme');
    if (language === 'en' && theme === 'light') await screenshot(page, { path: 'tests/.artifacts/guard-badge.png' });
    await page.locator('[data-fixture-submit="x-home"]').click();
    const dialog = page.getByTestId('guard-dialog');
    await expect(dialog).toContainText(language === 'fr' ? 'Envoyer quand même' : 'Send anyway');
    await screenshot(page, { path: `tests/.artifacts/guard-dialog-${language}-${theme}.png` });
    await page.keyboard.press('Escape');
    expect(await sent(page)).toEqual([]);
    await page.close();
  }
});

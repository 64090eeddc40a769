import type { Page, Worker } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { expect, openFixture, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * The undo window on X's home composer, one user story: a brand account with a 3 s window;
 * the countdown shows who is sending, Undo keeps the text and sends nothing (keyboard path),
 * the end of the countdown sends exactly once (click path), and a page left during the window
 * sends nothing and leaves the text as a draft in the side panel. Screenshots go to
 * tests/.artifacts/screenshots/ (docs/screenshots/ holds the README's copies).
 */
const site = casesOf('guard', await loadNetworkCases()).find((one) => one.network.id === 'x');
if (!site) throw new Error('no X guard case');

interface FixtureGlobal {
  __fixture: { ready: boolean; sent: string[]; modelText(el: Element): string | null };
}

async function seed(worker: Worker, alwaysConfirm = false): Promise<void> {
  await worker.evaluate(
    async ({ handle, alwaysConfirm }) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({
        accounts: [{ id: 'x-brand', network: 'x', handle, displayName: 'Acme', role: 'brand', alwaysConfirm }],
        accounts$: { v: 1 },
        guardRules: { undoSeconds: { brand: 3 } },
        guardRules$: { v: 2 },
      });
    },
    { handle: site?.handle ?? '', alwaysConfirm },
  );
}

const sent = (page: Page) => page.evaluate(() => [...(window as unknown as FixtureGlobal).__fixture.sent]);
const modelText = (page: Page, id: string) =>
  page.evaluate((fixtureId) => {
    const host = document.querySelector(`[data-fixture-id="${fixtureId}"]`) as Element;
    return (window as unknown as FixtureGlobal).__fixture.modelText(host);
  }, id);

test('undo window: countdown, Undo keeps the text, the end sends once, a page left keeps a draft', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await seed(worker);
  const page = await openFixture(context, site.url, site.fixture);
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureGlobal).__fixture.ready)).toBe(true);
  const host = page.locator(`[data-fixture-id="${site.composer}"]`);
  const editor = (await host.locator('[contenteditable="true"], textarea').count())
    ? host.locator('[contenteditable="true"], textarea').first()
    : host;
  const countdown = page.getByTestId('undo-countdown');

  // Keyboard send: held with the countdown; Undo takes it back with the text untouched.
  await editor.click();
  await page.keyboard.type('Our new kettle ships on Monday');
  const text = await modelText(page, site.composer);
  await page.keyboard.press(site.key === 'button' ? 'Control+Enter' : site.key);
  await expect(countdown).toContainText('Sending as @acme in 3');
  await screenshot(page, { path: 'tests/.artifacts/screenshots/undo-countdown.png' });
  expect(await sent(page)).toEqual([]);
  await countdown.getByRole('button', { name: 'Undo' }).click();
  await expect(countdown).toHaveCount(0);
  expect(await modelText(page, site.composer)).toBe(text);
  expect(await sent(page)).toEqual([]);

  // Click send: the countdown runs out and the post leaves exactly once, with its text. A
  // second press meanwhile sends nothing more; the undone send of above never leaves either.
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  await expect(countdown).toBeVisible();
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  await expect(countdown).toHaveCount(0, { timeout: 6000 });
  await expect.poll(() => sent(page)).toEqual([text]);
  await page.waitForTimeout(400);
  expect(await sent(page)).toEqual([text]);

  // A page left during the window: nothing sent, the text is a draft in the side panel.
  const panel = await openExtensionPage('sidepanel.html?section=accounts');
  await expect(panel.getByTestId('undo-drafts')).toHaveCount(0);
  await page.bringToFront();
  // A fresh page: the fixture's Draft.js misplaces the caret after its own clear on send.
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureGlobal).__fixture.ready)).toBe(true);
  await editor.click();
  await page.keyboard.type('Draft that must not be lost');
  expect(await modelText(page, site.composer)).toBe('Draft that must not be lost');
  const draft = (await modelText(page, site.composer)) ?? '';
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  await expect(countdown).toBeVisible();
  await page.goto('about:blank');
  await panel.bringToFront();
  const drafts = panel.getByTestId('undo-draft');
  await expect(drafts).toHaveCount(1);
  await expect(drafts.first()).toContainText(draft);
  await expect(drafts.first()).toContainText('@acme');
  await expect(drafts.first().getByRole('link', { name: 'Open the page' })).toHaveAttribute('href', site.url);
  await panel.setViewportSize({ width: 400, height: 640 });
  await panel.getByTestId('undo-drafts').scrollIntoViewIfNeeded();
  await screenshot(panel, { path: 'tests/.artifacts/screenshots/undo-drafts.png' });
  await drafts.first().getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByTestId('undo-drafts')).toHaveCount(0);

  // "Send anyway" on a post the guard held: the undo window still runs, then the post leaves
  // once; the guard's event in the side panel offers the post and the apologies for X.
  await seed(worker, true);
  await page.goto(site.url);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureGlobal).__fixture?.ready)).toBe(true);
  await editor.click();
  await page.keyboard.type('Posted anyway');
  const anyway = await modelText(page, site.composer);
  await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
  await page.getByTestId('guard-dialog').getByRole('button', { name: 'Send anyway' }).click();
  await expect(countdown).toBeVisible();
  await expect.poll(() => sent(page), { timeout: 6000 }).toEqual([anyway]);
  await panel.bringToFront();
  const kit = panel.getByTestId('apology-kit');
  await expect(kit).toHaveCount(1);
  await expect(kit.getByRole('link', { name: 'Open the post' })).toHaveAttribute('href', site.url);
  await expect(kit).toContainText('Posted anyway');
  await expect(kit.getByTestId('apology-template').first()).toContainText('Apology and move to DMs');
  await panel.getByTestId('guard-events').scrollIntoViewIfNeeded();
  await screenshot(panel, { path: 'tests/.artifacts/screenshots/apology-kit.png' });
});

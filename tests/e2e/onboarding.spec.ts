import type { Page } from '@playwright/test';
import { expect, openFixture, test } from './support/extension';

/**
 * The first-run checklist from a fresh profile: every step ticks itself from what the user really
 * does (settings, the page's register notice, a template inserted with the trigger, a capture),
 * the keys shown are the browser's own bindings, and it leaves once done or hidden.
 */

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __fixture?: { ready: boolean } }).__fixture?.ready))
    .toBe(true);
}

const step = (page: Page, name: string) => page.locator(`[data-testid="checklist"] li[data-step="${name}"]`);

test('the first-run checklist goes from a fresh profile to every step ticked', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const bound = await worker.evaluate(async () =>
    Object.fromEntries((await chrome.commands.getAll()).map((command) => [command.name, command.shortcut ?? ''])),
  );
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  const checklist = panel.getByTestId('checklist');
  await expect(checklist).toBeVisible();
  await expect(panel.getByTestId('checklist-progress')).toHaveText('0 of 4 done');
  // The keys are the browser's bindings, one <kbd> per key.
  const panelKey = checklist.locator('.key-lines li').filter({ hasText: 'opens this panel' }).locator('kbd.keys');
  await expect(panelKey).toHaveText(bound['open-side-panel'] ?? 'missing');
  await expect(panelKey.locator('kbd')).toHaveCount((bound['open-side-panel'] ?? '').split('+').length);

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('checklist-progress')).toHaveText('0 of 4 done');

  // 1. The brand: the checklist's button leads to Settings, where the name is typed.
  await panel.bringToFront();
  await step(panel, 'brand').getByRole('button', { name: 'Name the brand in Settings' }).click();
  await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
  // The field to fill has the focus: the name is typed straight away.
  await expect(panel.getByLabel('Brand name')).toBeFocused();
  await panel.keyboard.type('Acme');
  await panel.getByLabel('Brand name').press('Tab');
  await panel.getByRole('tab', { name: 'Inbox' }).click();
  await expect(step(panel, 'brand')).toHaveAttribute('data-done', 'true');
  await expect(panel.getByTestId('checklist-progress')).toHaveText('1 of 4 done');
  await expect(popup.getByTestId('checklist-progress')).toHaveText('1 of 4 done');

  // 2. The brand account: the checklist's link opens the network, whose notice registers it.
  await step(panel, 'accounts').getByRole('button', { name: 'Register your brand accounts' }).click();
  const fixture = await openFixture(context, 'https://x.com/', 'x/feed.html');
  await fixture.close();
  const [page] = await Promise.all([
    context.waitForEvent('page'),
    step(panel, 'accounts').getByRole('link', { name: 'X', exact: true }).click(),
  ]);
  await expect(page).toHaveURL('https://x.com/');
  await ready(page);
  await page.locator('[data-fixture-id="x-home"]').click();
  const notice = page.getByTestId('guard-register-notice');
  await expect(notice).toContainText('@acme');
  await notice.getByRole('button', { name: 'Brand' }).click();
  await expect(step(panel, 'accounts')).toHaveAttribute('data-done', 'true');

  // 3. A template: the trigger shown in the checklist, typed in the site's reply box.
  const templateStep = step(panel, 'template');
  await expect(templateStep.locator('.key-lines kbd').first()).toHaveText(';;');
  await expect(templateStep.locator('kbd.keys')).toHaveText(bound['open-template-picker'] ?? 'missing');
  await page.bringToFront();
  const editor = page.locator('[data-fixture-id="x-home"] [contenteditable="true"]').first();
  await editor.click();
  await page.keyboard.type(';;thanks');
  await expect(page.locator('cm-companion-template-picker .picker')).toBeVisible();
  // Typing stays in the site's box: the picker's status says which template Enter inserts.
  await expect(page.getByTestId('picker-announce')).toContainText('Selected: Thank you.');
  await page.keyboard.press('Enter');
  await expect(page.locator('cm-companion-template-picker .picker')).toHaveCount(0);
  await expect(step(panel, 'template')).toHaveAttribute('data-done', 'true');
  await expect(panel.getByTestId('checklist-progress')).toHaveText('3 of 4 done');

  // 4. A capture: hover a post, press its capture control. The panel says so out loud.
  await expect(step(panel, 'capture').locator('kbd.keys')).toHaveText(bound['capture-post'] ?? 'missing');
  const post = page.getByText('Merci pour la réponse rapide').first();
  await post.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await post.hover();
  await page.locator('cm-companion-capture .cmc-capture').click();
  await expect(panel.getByTestId('announcer')).toContainText('Captured: ');

  // Every step done: the checklist leaves the side panel and the popup.
  await expect(checklist).toHaveCount(0);
  await expect(popup.getByTestId('checklist')).toHaveCount(0);
  await expect(panel.locator('.inbox-item')).toHaveCount(1);
  // Done once, done for good: stored by the background, and not shown again on the next opening.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('onboarding')).onboarding))
    .toEqual({ checklistDismissed: false, checklistCompleted: true });
  await popup.reload();
  await expect(popup.locator('main h1')).toBeVisible();
  await expect(popup.getByTestId('checklist')).toHaveCount(0);
});

test('the checklist can be hidden, and brought back from Settings', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  await panel.evaluate(() => chrome.storage.local.set({ settings: { language: 'fr' } }));
  await expect(panel.getByTestId('checklist-progress')).toHaveText('Avancement\u00a0: 0 sur 4');
  await panel.getByRole('button', { name: 'Masquer cette liste' }).click();
  await expect(panel.getByTestId('checklist')).toHaveCount(0);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('main h1')).toBeVisible();
  await expect(popup.getByTestId('checklist')).toHaveCount(0);
  await panel.bringToFront();
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  await panel.getByRole('button', { name: 'Réafficher la liste des premiers pas' }).click();
  await expect(popup.getByTestId('checklist')).toBeVisible();
  await panel.getByRole('tab', { name: 'Messages' }).click();
  await expect(panel.getByTestId('checklist')).toBeVisible();
});

test('keyboard: the skip link, the tab bar, then the section; every focus is visible', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  await expect(panel.getByTestId('checklist')).toBeVisible();
  const outline = () =>
    panel.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
  await panel.keyboard.press('Tab');
  const skip = panel.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((link) => link.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('tab', { name: 'Inbox' })).toBeFocused();
  expect(await outline()).toBe('solid 2px');
  await panel.keyboard.press('Tab');
  // Out of the tab bar, into the section: the checklist's next step, then its button.
  await expect(panel.getByRole('button', { name: 'Name your brand' })).toBeFocused();
  expect(await outline()).toBe('solid 2px');
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Name the brand in Settings' })).toBeFocused();
  expect(await outline()).toBe('solid 2px');

  // The skip link jumps over the tab bar to the section.
  await panel.keyboard.press('Shift+Tab');
  await panel.keyboard.press('Shift+Tab');
  await panel.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.locator('main')).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Name your brand' })).toBeFocused();

  // An empty section is never a dead end for Tab: each one offers its next step.
  for (const [tab, action] of [
    ['Templates', 'New template'],
    ['Reports', 'Go to the inbox'],
    ['Site health', 'X'],
  ] as const) {
    await panel.getByRole('tab', { name: tab }).click();
    await expect(
      panel
        .locator('main')
        .getByRole(action === 'X' ? 'link' : 'button', { name: action })
        .first(),
    ).toBeVisible();
  }
});

test('a button in the popup sends the open side panel to its section', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  await expect(panel.getByRole('tab', { name: 'Inbox' })).toHaveAttribute('aria-selected', 'true');
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'No brand name yet: set it in Settings' }).click();
  await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Brand name')).toBeVisible();
  // Side panels in two windows never steer each other: only the popup's request moves them.
  const other = await openExtensionPage('sidepanel.html?section=calendar');
  await expect(other.getByRole('tab', { name: 'Calendar' })).toHaveAttribute('aria-selected', 'true');
  await other.getByRole('tab', { name: 'Templates' }).click();
  await panel.bringToFront();
  await expect(panel.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
});

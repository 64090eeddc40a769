import type { Page } from '@playwright/test';
import { expect, openFixture, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * What the real-layout work adds beyond the per-network cases (sites, capture, guard, templates
 * already run on every §11 fixture): the Messenger box is a direct-message box for Site health,
 * the picker and the guard; a page whose layout no recogniser reads says so (Site health, the
 * popup, the side panel, the console); "Copy page structure" shows, then copies, a skeleton with
 * no text or personal link.
 */

interface FixtureGlobal {
  __fixture: { ready: boolean; sent: string[] };
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureGlobal).__fixture.ready)).toBe(true);
}

const sent = (page: Page) => page.evaluate(() => [...(window as unknown as FixtureGlobal).__fixture.sent]);

test('Facebook home 2025: the Messenger box is a direct message; templates there; the guard’s DM rule, not the public one', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  // A brand account that confirms every public post, and never says "refund".
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await api.storage.local.set({
      accounts: [
        {
          id: 'facebook-acme',
          network: 'facebook',
          handle: '100087654321012',
          displayName: 'Acme',
          role: 'brand',
          alwaysConfirm: true,
          neverWords: ['refund'],
        },
      ],
      accounts$: { v: 1 },
    });
  });
  const page = await openFixture(context, 'https://www.facebook.com/', 'facebook/home.2025.html');
  await ready(page);

  const panel = await openExtensionPage('sidepanel.html?section=health');
  await expect(panel.locator('.capability').nth(1)).toContainText('1 comment');
  await expect(panel.locator('.capability').nth(1)).toContainText('1 message');
  await panel.close();

  await page.bringToFront();
  const messenger = page.locator('[data-fixture-id="fb-messenger"]');
  const dialog = page.getByTestId('guard-dialog');
  // The picker opens in the DM box on the trigger.
  await messenger.click();
  await page.keyboard.type(';;thanks');
  const picker = page.locator('cm-companion-template-picker .picker');
  await expect(picker.getByRole('option').first()).toContainText('Thank you');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(messenger).toContainText('Thank you');
  await expect(messenger).not.toContainText(';;');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(messenger).not.toContainText('Thank you');

  // A DM from the brand account: no "confirm every post" question, it goes.
  await page.keyboard.type('Hello Léa, your parcel left today');
  await page.keyboard.press('Enter');
  await expect.poll(() => sent(page)).toEqual(['Hello Léa, your parcel left today']);
  await expect(dialog).toHaveCount(0);

  // The identity checks still hold in a DM: the brand's never-words.
  await messenger.click();
  await page.keyboard.type('No refund, sorry');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await sent(page)).toEqual(['Hello Léa, your parcel left today']);

  // A public comment from the same account asks, as the brand wants for every public post.
  await page.locator('[data-fixture-id="fb-home-comment"]').click();
  await page.keyboard.type('Thanks Bakerline!');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a layout no recogniser reads: Site health, the popup and the side panel say so; the console names what was missing', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openFixture(context, 'https://www.linkedin.com/feed/', 'linkedin/feed.unknown.html');
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await ready(page);
  // A box no layout claims, focused: the console says which.
  await page.locator('[data-fixture-id="li-unknown-comment"]').click();
  await expect
    .poll(() => warnings.join('\n'))
    .toContain(
      "linkedin page's layout is not recognised: a focused box no layout claims (div[contenteditable][role=textbox][aria-label])",
    );

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('layout-notice')).toContainText('does not recognise this page’s layout');
  await screenshot(popup, { path: test.info().outputPath('popup-layout-notice.png') });

  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  await expect(panel.getByTestId('layout-notice')).toBeVisible();
  await panel.getByTestId('layout-notice').getByRole('button', { name: 'See Site health' }).click();
  const unknown = panel.getByTestId('health-layout-unknown');
  await expect(unknown).toContainText('This page’s layout is not recognised');
  await expect(unknown).toContainText('4 post-like items, 0 posts read');
  await expect(unknown).toContainText(
    'a box you focused is not recognised (div[contenteditable][role=textbox][aria-label])',
  );
  await expect(panel.getByTestId('layout-notice')).toHaveCount(0);
  await screenshot(panel, { path: test.info().outputPath('health-layout-unknown.png'), fullPage: true });
  await expect.poll(() => warnings.join('\n')).toContain("linkedin page's layout is not recognised: 4 post-like items");
});

test('a recognised layout shows no notice, names the layouts it read, and documents what each layout supports', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openFixture(context, 'https://www.linkedin.com/feed/', 'linkedin/feed.2026.html');
  await ready(page);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popupNewItems')).toBeVisible();
  await expect(popup.getByTestId('layout-notice')).toHaveCount(0);
  const panel = await openExtensionPage('sidepanel.html?section=health');
  await expect(panel.locator('.capability', { hasText: 'Page layout' })).toContainText('3 × mainFeed (2026)');
  await panel.getByTestId('health-support').locator('summary').click();
  const rows = panel.getByTestId('health-support').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('mainFeed (2026)');
  await expect(rows.nth(2)).toContainText('no link (page kept)');
  await expect(panel.getByTestId('layout-notice')).toHaveCount(0);
});

test('Copy page structure: shown first, then copied; no text node or personal link of the page survives', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openFixture(context, 'https://www.linkedin.com/feed/', 'linkedin/feed.2026.html');
  await ready(page);
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim() ?? '';
      if (text.length >= 4 && node.parentElement?.tagName !== 'SCRIPT') found.push(text);
    }
    return found;
  });
  expect(texts).toContain('Marie Dupont');

  const panel = await openExtensionPage('sidepanel.html?section=health');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy page structure' }).click();
  const preview = panel.getByTestId('health-structure');
  await expect(preview).toContainText('without any text, name, image or query value');
  const shown = await preview.locator('textarea').inputValue();
  expect(shown).toContain('[data-testid="mainFeed"][role="list"]');
  expect(shown).toContain('⟵ post (mainFeed (2026))');
  expect(shown).toContain('⟵ box: comment (prosemirror)');
  // The messaging overlay's shadow root is walked and its box found as a direct message.
  expect(shown).toContain('#shadow-root');
  expect(shown).toContain('⟵ box: message');
  expect(shown).toContain('→ /in/<slug>/');
  for (const text of texts) expect(shown).not.toContain(text);
  expect(shown).not.toContain('marie-dupont-acme');
  expect(shown).not.toContain('media.licdn.com');
  await screenshot(panel, { path: test.info().outputPath('health-structure.png'), fullPage: true });

  await preview.getByRole('button', { name: 'Copy structure' }).click();
  await expect(panel.getByTestId('health-notice')).toContainText('Page structure copied');
  await expect(preview).toHaveCount(0);
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});

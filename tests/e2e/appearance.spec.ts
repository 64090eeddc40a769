import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const sample = {
  network: 'linkedin',
  postId: 'urn:li:activity:7266000000000000001',
  permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000001/',
  authorName: 'Léa Martin',
  authorHandle: 'lea-martin',
  authorUrl: 'https://www.linkedin.com/in/lea-martin/',
  text: 'Bravo pour le lancement ! Est-ce disponible en Belgique ? 🇧🇪',
  pageUrl: 'https://www.linkedin.com/feed/',
};

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`popup and side panel in ${language}, ${scheme}`, async ({ openExtensionPage }) => {
      const panel = await openExtensionPage('sidepanel.html');
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 400, height: 640 });
      await panel.getByRole('tab').last().click();
      await panel.locator('select[name="language"]').selectOption(language);
      await expect(panel.locator('html')).toHaveAttribute('lang', language);
      await sendFromPage(panel, 'captureToInbox', sample);

      const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(255, 255, 255)');
      await screenshot(panel, { path: join(SHOTS, `sidepanel-settings-${language}-${scheme}.png`) });
      await panel.getByRole('tab').first().click();
      await expect(panel.locator('.inbox-item')).toHaveCount(1);
      await screenshot(panel, { path: join(SHOTS, `sidepanel-inbox-${language}-${scheme}.png`) });

      const popup = await openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 340, height: 300 });
      await expect(popup.getByTestId('popupCapturedToday')).toHaveText('1');
      await screenshot(popup, { path: join(SHOTS, `popup-${language}-${scheme}.png`) });
    });
  }
}

test('the side panel sections are reachable with the keyboard alone', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByRole('tab', { name: 'Inbox' }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Calendar' })).toBeFocused();
  await expect(panel.getByRole('tab', { name: 'Calendar' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('heading', { name: 'Your publication calendar' })).toBeVisible();
  await panel.keyboard.press('End');
  await expect(panel.getByRole('tab', { name: 'Settings' })).toBeFocused();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Inbox' })).toBeFocused();
});

test('the theme chosen in Settings overrides the system', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Appearance').selectOption('dark');
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 28)');
});

for (const language of ['en', 'fr'] as const) {
  test(`the side panel's sections fit one row at 320 and 400 px in ${language}; the last one shown is remembered`, async ({
    openExtensionPage,
  }) => {
    const panel = await openExtensionPage('sidepanel.html');
    await panel.evaluate((lang) => chrome.storage.local.set({ settings: { language: lang } }), language);
    await expect(panel.locator('html')).toHaveAttribute('lang', language);
    const tabs = panel.getByRole('tab');
    await expect(tabs).toHaveCount(8);
    for (const width of [320, 400]) {
      await panel.setViewportSize({ width, height: 600 });
      const boxes = await tabs.evaluateAll((all) => all.map((tab) => tab.getBoundingClientRect().toJSON()));
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, `one row at ${width} px`).toBe(1);
      expect(Math.max(...boxes.map((box) => box.right)), `inside ${width} px`).toBeLessThanOrEqual(width);
      await screenshot(panel, {
        path: join(SHOTS, `sidepanel-nav-${language}-${width}.png`),
        clip: { x: 0, y: 0, width, height: 120 },
      });
    }
    // The active tab shows its name; the others keep theirs for screen readers and tooltips.
    const settings = language === 'fr' ? 'Réglages' : 'Settings';
    await panel.getByRole('tab', { name: settings }).click();
    await expect(panel.getByRole('tab', { selected: true })).toHaveText(settings);
    await panel.reload();
    await expect(panel.getByRole('tab', { selected: true })).toHaveAccessibleName(settings);
  });
}

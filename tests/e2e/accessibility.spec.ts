import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { testDateTime, testNow } from './support/clock';
import { expect, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';
import { seedReportWeeks } from './support/seed-reports';

/**
 * Every view of the side panel and the popup, in French and English, light and dark, at 320 and
 * 400 px: axe-core finds no violation of any impact, nothing scrolls sideways, and a screenshot of
 * each is written to tests/.artifacts/screenshots/views/ to be looked at. Once on a fresh profile
 * (the empty states and the first-run checklist), once holding data (daily use).
 */
const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots', 'views');
mkdirSync(SHOTS, { recursive: true });

const SECTIONS = ['inbox', 'calendar', 'templates', 'accounts', 'reports', 'health', 'settings'] as const;
const WIDTHS = [320, 400] as const;

/** Waits until the section drew its heading (lazy sections load their code first). */
async function sectionReady(page: Page): Promise<void> {
  await expect(page.locator('main h2').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function checkView(page: Page, what: string, shot: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 640 });
    expect.soft(await axeViolations(page), `${what} at ${width} px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, `${what} fits ${width} px without sideways scrolling`).toBeLessThanOrEqual(0);
    await screenshot(page, { path: join(SHOTS, `${shot}-${width}.png`), fullPage: true });
  }
}

async function checkEveryView(panel: Page, popup: Page, language: string, name: string): Promise<void> {
  for (const section of SECTIONS) {
    await panel.goto(`${panel.url().replace(/\?.*$/, '')}?section=${section}`);
    await expect(panel.locator('html')).toHaveAttribute('lang', language);
    await sectionReady(panel);
    await checkView(panel, section, `${section}-${name}`);
  }
  await popup.reload();
  await expect(popup.locator('html')).toHaveAttribute('lang', language);
  await expect(popup.locator('main h1')).toBeVisible();
  await checkView(popup, 'popup', `popup-${name}`);
}

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every view on a fresh profile in ${language}, ${scheme}: 0 axe violations, screenshots at 320 and 400 px`, async ({
      openExtensionPage,
    }) => {
      test.setTimeout(120_000);
      const panel = await openExtensionPage('sidepanel.html');
      await panel.evaluate((lang) => chrome.storage.local.set({ settings: { language: lang } }), language);
      const popup = await openExtensionPage('popup.html');
      for (const page of [panel, popup]) await page.emulateMedia({ colorScheme: scheme });
      await checkEveryView(panel, popup, language, `${language}-${scheme}`);
    });
  }
}

// Daily use: the same views holding data (conversations, accounts, a planned post, a fortnight of
// history), where lists, chips, charts and forms appear.
for (const [language, scheme] of [
  ['en', 'light'],
  ['fr', 'dark'],
] as const) {
  test(`every view holding data in ${language}, ${scheme}: 0 axe violations, screenshots at 320 and 400 px`, async ({
    worker,
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    await seedReportWeeks(worker, testNow());
    const panel = await openExtensionPage('sidepanel.html');
    await panel.evaluate(
      (lang) =>
        chrome.storage.local.set({
          settings: { language: lang, brandName: 'Acme' },
          accounts: [
            { id: 'x-acme', network: 'x', handle: 'acme', displayName: 'Acme', role: 'brand' },
            { id: 'linkedin-lea', network: 'linkedin', handle: 'lea-martin', displayName: 'Léa', role: 'personal' },
          ],
          accounts$: { v: 1 },
        }),
      language,
    );
    await sendFromPage(panel, 'saveCalendarEntry', {
      entry: {
        title: 'Support hours',
        text: 'Support hours change tomorrow',
        networks: ['x', 'linkedin'],
        variants: { x: { account: 'acme' } },
        localDateTime: testDateTime().plus({ hours: 2 }).toFormat("yyyy-MM-dd'T'HH:mm"),
        timeZone: testDateTime().zoneName,
        status: 'scheduled',
      },
    });
    const popup = await openExtensionPage('popup.html');
    for (const page of [panel, popup]) await page.emulateMedia({ colorScheme: scheme });
    await checkEveryView(panel, popup, language, `data-${language}-${scheme}`);

    // Reports over the seeded fortnight: tiles, charts and their tables.
    await panel.goto(`${panel.url().replace(/\?.*$/, '')}?section=reports`);
    await panel.locator('select[name="period"]').selectOption('last-30');
    await expect(panel.getByTestId('tile-mentions-value')).not.toHaveText('0');
    await checkView(panel, 'reports over 30 days', `reports-30-days-${language}-${scheme}`);
  });
}

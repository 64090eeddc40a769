import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/extension';

const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots', 'views');
mkdirSync(SHOTS, { recursive: true });

const SECTIONS = ['inbox', 'calendar', 'templates', 'accounts', 'reports', 'health', 'settings'] as const;
const WIDTHS = [320, 400] as const;

/** Waits until the section drew its heading (lazy sections load their code first). */
async function sectionReady(page: Page): Promise<void> {
  await expect(page.locator('main h2').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every view in ${language}, ${scheme}: 0 axe violations, screenshots at 320 and 400 px`, async ({
      openExtensionPage,
    }) => {
      test.setTimeout(120_000);
      const panel = await openExtensionPage('sidepanel.html');
      await panel.evaluate((lang) => chrome.storage.local.set({ settings: { language: lang } }), language);
      await expect(panel.locator('html')).toHaveAttribute('lang', language);
      await panel.emulateMedia({ colorScheme: scheme });
      for (const section of SECTIONS) {
        await panel.goto(`${panel.url().replace(/\?.*$/, '')}?section=${section}`);
        await expect(panel.locator('html')).toHaveAttribute('lang', language);
        await sectionReady(panel);
        for (const width of WIDTHS) {
          await panel.setViewportSize({ width, height: 640 });
          expect(await axeViolations(panel), `${section} at ${width} px`).toEqual([]);
          const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${section} fits ${width} px without sideways scrolling`).toBeLessThanOrEqual(0);
          await panel.screenshot({
            path: join(SHOTS, `${section}-${language}-${scheme}-${width}.png`),
            fullPage: true,
          });
        }
      }

      const popup = await openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      await expect(popup.locator('main h1')).toBeVisible();
      for (const width of WIDTHS) {
        await popup.setViewportSize({ width, height: 600 });
        expect(await axeViolations(popup), `popup at ${width} px`).toEqual([]);
        await popup.screenshot({ path: join(SHOTS, `popup-${language}-${scheme}-${width}.png`), fullPage: true });
      }
    });
  }
}

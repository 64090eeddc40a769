import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { testDateTime, testNow } from './support/clock';
import { expect, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';
import { PREVIOUS_WEEK_START, SEEDED_WEEK_START, seedReportWeeks } from './support/seed-reports';

/**
 * Reports end to end, on a hand-made fortnight at fixed dates (support/seed-reports.ts): the
 * tiles' numbers and deltas, period and network switches, goals, the printable report (PDF),
 * the CSV bundle, forwarding an item to a department and the department's digest.
 */
const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'reports');
mkdirSync(SHOTS, { recursive: true });

/** A local day relative to the suite's today, as yyyy-MM-dd. */
const dayFromToday = (offset: number) => testDateTime().startOf('day').plus({ days: offset }).toFormat('yyyy-MM-dd');

/** The seeded week and the one before, computed from the suite's clock when a test starts. */
function weeks() {
  const start = dayFromToday(SEEDED_WEEK_START);
  const end = dayFromToday(SEEDED_WEEK_START + 6);
  return {
    start,
    end,
    previous: { start: dayFromToday(PREVIOUS_WEEK_START), end: dayFromToday(PREVIOUS_WEEK_START + 6) },
    url: `report.html?preset=custom&start=${start}&end=${end}`,
    files: `${start}_${end}`,
  };
}

/** A range of days as the reports write it (Intl's formatRange in the UI language). */
function rangeText(locale: string, first: string, last: string) {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(Date.parse(`${first}T12:00:00Z`), Date.parse(`${last}T12:00:00Z`));
}

async function openSeededPanel(
  openExtensionPage: (path: string) => Promise<Page>,
  worker: Parameters<typeof seedReportWeeks>[0],
) {
  const panel = await openExtensionPage('sidepanel.html?section=reports');
  await panel.setViewportSize({ width: 420, height: 900 });
  // Any message opens (and migrates) the database before the seed writes to it.
  await sendFromPage(panel, 'todayStats', { dayStart: 0, dayEnd: 1 });
  await seedReportWeeks(worker, testNow());
  return panel;
}

async function chooseSeededWeek(panel: Page, locale = 'en') {
  const week = weeks();
  await panel.locator('select[name="period"]').selectOption('custom');
  await panel.locator('input[name="start"]').fill(week.start);
  await panel.locator('input[name="end"]').fill(week.end);
  await expect(panel.getByTestId('report-period')).toContainText(rangeText(locale, week.start, week.end));
}

const tile = (page: Page, metric: string) => page.getByTestId(`tile-${metric}-value`);
const delta = (page: Page, metric: string) => page.getByTestId(`tile-${metric}-delta`);

test('tiles give the period’s numbers and deltas; period and network switch; goals met or not @clock', async ({
  openExtensionPage,
  worker,
}) => {
  const panel = await openSeededPanel(openExtensionPage, worker);
  await chooseSeededWeek(panel);
  const { previous } = weeks();
  await expect(panel.getByTestId('report-period')).toContainText(
    `compared with ${rangeText('en', previous.start, previous.end)}`,
  );
  await expect(tile(panel, 'mentions')).toHaveText('4');
  await expect(delta(panel, 'mentions')).toHaveText('▲ +2 · better');
  await expect(tile(panel, 'negativeShare')).toHaveText('25%');
  await expect(tile(panel, 'answeredShare')).toHaveText('75%');
  await expect(delta(panel, 'answeredShare')).toHaveText('▲ +75 pts · better');
  await expect(tile(panel, 'medianResponse')).toHaveText('1 h 00');
  await expect(tile(panel, 'p90Response')).toHaveText('3 h 00');
  await expect(delta(panel, 'medianResponse')).toHaveText('no comparison');
  await expect(tile(panel, 'unansweredOver24h')).toHaveText('1');
  await expect(delta(panel, 'unansweredOver24h')).toHaveText('▼ −1 · better');
  await expect(tile(panel, 'published')).toHaveText('2');
  await expect(tile(panel, 'onTimeRate')).toHaveText('100%');
  await expect(tile(panel, 'nearMisses')).toHaveText('1');
  await expect(tile(panel, 'templateUses')).toHaveText('3');
  await expect(tile(panel, 'timeSaved')).toHaveText('3 min');
  await expect(panel.getByTestId('top-topics')).toContainText('livraison');
  await expect(panel.getByTestId('chart-mentions').locator('canvas').first()).toBeVisible();
  await expect(panel.getByTestId('chart-mentions').locator('.report-chart__table tbody tr')).toHaveCount(7);

  await panel.locator('select[name="network"]').selectOption('linkedin');
  await expect(tile(panel, 'mentions')).toHaveText('1');
  await expect(delta(panel, 'mentions')).toHaveText('▲ +1 · better');
  await expect(tile(panel, 'published')).toHaveText('1');

  await panel.locator('select[name="network"]').selectOption('');
  // The last 30 days hold both seeded weeks; the 30 days before hold nothing.
  await panel.locator('select[name="period"]').selectOption('last-30');
  await expect(panel.getByTestId('report-period')).toContainText(rangeText('en', dayFromToday(-29), dayFromToday(0)));
  await expect(tile(panel, 'mentions')).toHaveText('6');
  await expect(delta(panel, 'mentions')).toHaveText('▲ +6 · better');

  // Goals: "answer 90 % within 2 h" is not met (2 of 4), "negative share at most 30 %" is met.
  await chooseSeededWeek(panel);
  await panel.getByText('Add the goal', { exact: true }).first().click();
  await panel.locator('.goal-form').getByLabel('Measure').selectOption('answeredWithin');
  await panel.locator('.goal-form').getByLabel('Within (hours)').fill('2');
  await panel.locator('.goal-form').getByLabel('Target').fill('90');
  await panel.locator('.goal-form').getByRole('button', { name: 'Add the goal' }).click();
  await expect(panel.getByTestId('goal')).toHaveCount(1);
  await expect(panel.getByTestId('goal').first()).toContainText('✗ Not met');
  await expect(panel.getByTestId('goal').first()).toContainText('Answered within 2 h · at least 90 %');
  await expect(panel.getByTestId('goal').first()).toContainText('now 50 %');
  await panel.locator('.goal-form').getByLabel('Measure').selectOption('negativeShare');
  await panel.locator('.goal-form').getByLabel('Target').fill('30');
  await panel.locator('.goal-form').getByRole('button', { name: 'Add the goal' }).click();
  await expect(panel.getByTestId('goal').nth(1)).toContainText('✓ Met');
  await screenshot(panel, { path: join(SHOTS, 'dashboard-en-light.png'), fullPage: true });
});

test('the report page prints whole tiles and charts; the CSV bundle holds the numbers', async ({
  openExtensionPage,
  worker,
}) => {
  const panel = await openSeededPanel(openExtensionPage, worker);
  await sendFromPage(panel, 'updateInboxItems', { ids: ['w3'], patch: { inReport: true } });
  await sendFromPage(panel, 'saveReportSettings', {
    goals: [{ id: 'g1', metric: 'postsPerWeek', target: 1, network: 'linkedin' }],
  });
  const report = await openExtensionPage(weeks().url);
  await report.setViewportSize({ width: 900, height: 1200 });
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Report');
  await expect(tile(report, 'mentions')).toHaveText('4');
  await expect(report.getByTestId('goal')).toContainText('✓ Met');
  await expect(report.getByTestId('notable')).toContainText('Ma livraison est en retard');
  await report.getByRole('textbox', { name: 'Summary' }).fill('Une semaine calme, un retard de livraison.');
  await report.getByRole('textbox', { name: 'Summary' }).blur();
  await expect
    .poll(
      async () =>
        (
          (await report.evaluate(() => chrome.storage.local.get('reportSettings'))).reportSettings as {
            summary?: string;
          }
        )?.summary,
    )
    .toBe('Une semaine calme, un retard de livraison.');

  // CSV bundle: one file per KPI family with the numbers behind the tiles.
  const [download] = await Promise.all([
    report.waitForEvent('download'),
    report.getByRole('button', { name: 'Download the CSV bundle' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`report-${weeks().files}.zip`);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual(
    ['feedback', 'growth', 'listening', 'productivity', 'publishing', 'responsiveness', 'safety'].map(
      (family) => `${family}-${weeks().files}.csv`,
    ),
  );
  const csv = (family: string) => strFromU8(files[`${family}-${weeks().files}.csv`] as Uint8Array);
  expect(csv('listening')).toContain('"mentions","Mentions captured","count","4","2","2"');
  expect(csv('responsiveness')).toContain('"medianResponse","Median response time","minutes","60","",""');
  expect(csv('publishing')).toContain('"linkedin","1","1","0","1"');
  expect(csv('safety')).toContain('"expected-account","1","1","0"');

  // Print: every tile and chart whole on one page, no chart wider than the paper.
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(report.locator('.report-summary__text')).toHaveText('Une semaine calme, un retard de livraison.');
  const layout = await report.evaluate(() => {
    const breakInside = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).breakInside);
    const main = document.querySelector('main')?.getBoundingClientRect();
    const canvases = [...document.querySelectorAll('.report-chart canvas')].map((canvas) =>
      canvas.getBoundingClientRect(),
    );
    return {
      tiles: breakInside('.kpi-tile'),
      charts: breakInside('.report-chart'),
      overflowing: canvases.filter((box) => main && (box.right > main.right + 1 || box.left < main.left - 1)).length,
      canvases: canvases.length,
    };
  });
  expect(layout.tiles.length).toBe(12);
  expect(new Set([...layout.tiles, ...layout.charts])).toEqual(new Set(['avoid']));
  expect(layout.canvases).toBeGreaterThanOrEqual(2);
  expect(layout.overflowing).toBe(0);
  const pdf = await report.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(SHOTS, 'report-en.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
});

test('forward an item to its department by e-mail draft; the digest counts it', async ({
  openExtensionPage,
  worker,
}) => {
  const panel = await openSeededPanel(openExtensionPage, worker);
  await sendFromPage(panel, 'saveReportSettings', {
    departments: [{ id: 'log', name: 'Logistics', email: 'logistique@acme.example', topics: ['livraison'] }],
  });
  await panel.goto(panel.url().replace('section=reports', 'section=inbox'));
  await panel.locator('.inbox-list [role="option"]', { hasText: 'Ma livraison' }).click();
  const forward = panel.getByTestId('forward-link');
  await expect(forward).toHaveText('E-mail Logistics');
  const href = (await forward.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:logistique@acme.example?subject=')).toBe(true);
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  expect(params.get('subject')).toBe('Customer feedback: Author w3 on X');
  expect(params.get('body')).toContain('Ma livraison est en retard, colis introuvable');
  expect(params.get('body')).toContain('Link: https://x.com/someone/status/w3');
  // The mail client is the user's: the page must not navigate away; the forward is recorded.
  await forward.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()));
  await forward.click();
  await expect(panel.getByRole('status')).toContainText('Forwarded to Logistics');

  const report = await openExtensionPage(`${weeks().url}&digest=log`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Feedback for Logistics');
  await expect(report.locator('.report-page__period')).toContainText('1 items, 0 passed on by e-mail');
  await expect(report.getByTestId('digest-item')).toContainText('Ma livraison est en retard');
});

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`Reports in ${language}, ${scheme}`, async ({ openExtensionPage, worker }) => {
      const panel = await openSeededPanel(openExtensionPage, worker);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.evaluate(
        (lang) =>
          chrome.storage.local
            .get('settings')
            .then(({ settings }) =>
              chrome.storage.local.set({ settings: { ...(settings ?? {}), language: lang, brandName: 'Acme' } }),
            ),
        language,
      );
      await expect(panel.locator('html')).toHaveAttribute('lang', language);
      await chooseSeededWeek(panel, language);
      await expect(tile(panel, 'mentions')).toHaveText('4');
      await screenshot(panel, { path: join(SHOTS, `sidepanel-reports-${language}-${scheme}.png`), fullPage: true });
      await screenshot(panel, { path: join(SHOTS, `sidepanel-reports-${language}-${scheme}-top.png`) });
      const report = await openExtensionPage(weeks().url);
      await report.emulateMedia({ colorScheme: scheme });
      await report.setViewportSize({ width: 820, height: 1100 });
      await expect(report.getByRole('heading', { level: 1 })).toHaveText(
        language === 'fr' ? 'Acme : rapport' : 'Acme: report',
      );
      await expect(tile(report, 'answeredShare')).toHaveText(language === 'fr' ? '75 %' : '75%');
      await screenshot(report, { path: join(SHOTS, `report-${language}-${scheme}.png`), fullPage: true });
      await screenshot(report, { path: join(SHOTS, `report-${language}-${scheme}-top.png`) });
    });
  }
}

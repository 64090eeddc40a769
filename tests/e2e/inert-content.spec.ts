import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { testDateTime } from './support/clock';
import { expect, openFixture, sendFromPage, test } from './support/extension';

/**
 * Guarantee: captured content is inert everywhere it is shown. A post whose text, author and
 * links carry payloads that would set a global if run is captured, then shown in the side panel
 * (list and detail) and the popup: the text is visible as typed, the global stays unset, and no
 * element or link from the payload exists. The same in the template picker's preview, the guard
 * dialog, the calendar's ICS export, the inbox CSV and the report page with its CSV bundle.
 */
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const TEXT = `Bonjour ${PAYLOAD} \u202Eevil\u202C a\u200Bb`;

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

test('captured content is inert in the side panel and the popup', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const reply = await sendFromPage(panel, 'captureToInbox', {
    network: 'x',
    postId: '42',
    permalink: 'https://x.com/marie/status/42',
    authorName: `Marie ${PAYLOAD}`,
    authorHandle: '@marie',
    authorUrl: 'https://x.com/marie',
    text: TEXT,
    pageUrl: 'https://x.com/home',
  });
  expect(reply).toMatchObject({ ok: true });
  // A javascript: link is refused at the door.
  const refused = await sendFromPage(panel, 'captureToInbox', {
    network: 'x',
    postId: '43',
    permalink: 'javascript:window.__pwned=1',
    authorName: 'Paul',
    authorHandle: '@paul',
    authorUrl: '',
    text: 'x',
    pageUrl: 'https://x.com/home',
  });
  expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('permalink') });

  await panel.reload();
  const row = panel.locator('.inbox-list [role="option"]').first();
  await expect(row.locator('.inbox-item__text')).toContainText(PAYLOAD);
  await row.click();
  await expect(panel.getByTestId('detail-text')).toContainText(PAYLOAD);
  expect(await pwned(panel)).toBeUndefined();
  expect(await panel.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await panel.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('recent-captures')).toContainText(PAYLOAD);
  expect(await pwned(popup)).toBeUndefined();
  expect(await popup.locator('img[src="x"]').count()).toBe(0);
});

/** A brand word that is also markup (letters at both ends, so the guard's whole-word match finds it). */
const GUARD_WORD = 'Acme<img src=x onerror=window.__pwned=1>Kettle';
const FORMULA = '=HYPERLINK("https://evil.example","click")';
/** A line break followed by iCalendar lines: a naive export would start a second event here. */
const ICS_BREAK = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected';

interface FixtureWindow {
  __fixture: { ready: boolean; sent: string[] };
}

test('payloads stay inert in the template picker preview, the guard dialog and the ICS, CSV and report exports', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  // The brand's name, a template, and the accounts carry payloads (a hostile import or page could put them there).
  await expect
    .poll(() => worker.evaluate(async () => Array.isArray((await chrome.storage.local.get('templates')).templates)))
    .toBe(true);
  await worker.evaluate(
    async ([payload, word]) => {
      const stored = (await chrome.storage.local.get('templates')).templates as unknown[];
      await chrome.storage.local.set({
        templates: [
          {
            id: 'hostile',
            name: `Hostile ${payload}`,
            shortcut: 'thost',
            body: `Hi ${payload} — {brand}`,
            tags: [],
            networks: [],
            language: 'any',
            createdAt: 1,
            updatedAt: 1,
          },
          ...stored,
        ],
        settings: {
          language: 'en',
          theme: 'auto',
          brandName: `Acme ${payload}`,
          toolbarOpens: 'popup',
          mastodonInstances: [],
        },
        accounts: [
          { id: 'x-acme', network: 'x', handle: 'acme', displayName: `Perso ${payload}`, role: 'personal' },
          {
            id: 'x-brand',
            network: 'x',
            handle: 'acme-brand',
            displayName: '',
            role: 'brand',
            brandKeywords: ['Kettle', word],
          },
        ],
        accounts$: { v: 1 },
      });
    },
    [PAYLOAD, GUARD_WORD] as const,
  );

  // Picker preview on X's real editor.
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Partial<FixtureWindow>).__fixture?.ready))
    .toBe(true);
  const box = page.locator('[data-fixture-id="x-home"] [contenteditable="true"]');
  await box.click();
  await page.keyboard.type(';;thost');
  const picker = page.locator('cm-companion-template-picker .picker');
  await expect(picker.getByRole('option').first()).toContainText(`Hostile ${PAYLOAD}`);
  await expect(picker.getByTestId('picker-preview')).toHaveText(`Hi ${PAYLOAD} — Acme ${PAYLOAD}`);
  expect(await pwned(page)).toBeUndefined();
  expect(await page.locator('img[src="x"], cm-companion-template-picker script').count()).toBe(0);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);

  // Guard dialog: the personal account posting the brand's words (one a payload) is held.
  await page.keyboard.press('Control+a');
  await page.keyboard.type(`New Kettle ${GUARD_WORD}`);
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toBeVisible();
  // The brand words found are named in the dialog, the payload among them, as text.
  await expect(dialog).toContainText(`Kettle, ${GUARD_WORD}`);
  expect(await pwned(page)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.sent)).toEqual([]);

  // Exports: a captured post and a planned entry carrying payloads, formulas and iCalendar lines.
  const panel = await openExtensionPage('sidepanel.html?section=inbox');
  const capture = await sendFromPage(panel, 'captureToInbox', {
    network: 'x',
    postId: '44',
    permalink: 'https://x.com/marie/status/44',
    authorName: `@SUM(A1) ${PAYLOAD}`,
    authorHandle: '@marie',
    authorUrl: 'https://x.com/marie',
    text: `${FORMULA} ${PAYLOAD}`,
    pageUrl: 'https://x.com/home',
  });
  const itemId = (capture as { result: { id: string } }).result.id;
  await sendFromPage(panel, 'updateInboxItems', { ids: [itemId], patch: { inReport: true } });
  const day = testDateTime().plus({ days: 1 });
  const saved = await sendFromPage(panel, 'saveCalendarEntry', {
    entry: {
      title: `${FORMULA} ${PAYLOAD}`,
      text: `Launch ${PAYLOAD}${ICS_BREAK}`,
      networks: ['x'],
      localDateTime: `${day.toISODate()}T21:00`,
      timeZone: day.zoneName,
      status: 'scheduled',
    },
  });

  expect(saved).toMatchObject({ ok: true });

  // Inbox CSV from the side panel.
  await panel.reload();
  await expect(panel.locator('.inbox-item__text').first()).toContainText(PAYLOAD);
  const inboxDownload = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const inboxCsv = readFileSync((await (await inboxDownload).path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const inboxCells = (Papa.parse<string[]>(inboxCsv).data[1] ?? []).filter(Boolean);
  expect(inboxCells).toContain(`'${FORMULA} ${PAYLOAD}`);
  expect(inboxCells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);

  // ICS from the calendar: one event, its texts as typed, no line of the payload became a property.
  await panel.goto(panel.url().replace('section=inbox', 'section=calendar'));
  await panel.getByLabel('Export range').selectOption('upcoming');
  const icsDownload = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export .ics' }).click();
  const ics = readFileSync((await (await icsDownload).path()) ?? '', 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  expect(events[0]?.getFirstPropertyValue('summary')).toBe(`${FORMULA} ${PAYLOAD}`);
  expect(String(events[0]?.getFirstPropertyValue('description'))).toContain(`Launch ${PAYLOAD}`);
  expect(ics).not.toMatch(/^SUMMARY:injected/m);
  expect(await pwned(panel)).toBeUndefined();
  expect(await panel.locator('img[src="x"]').count()).toBe(0);

  // The report page shows the post among the notable ones; its CSV bundle hands no formula.
  const today = testDateTime().toISODate();
  const report = await openExtensionPage(`report.html?preset=custom&start=${today}&end=${today}`);
  await expect(report.getByTestId('notable')).toContainText(PAYLOAD);
  expect(await pwned(report)).toBeUndefined();
  expect(await report.locator('img[src="x"], script:not([src])').count()).toBe(0);
  const [bundle] = await Promise.all([
    report.waitForEvent('download'),
    report.getByRole('button', { name: 'Download the CSV bundle' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync((await bundle.path()) ?? '')));
  for (const file of Object.values(files)) {
    const cells = Papa.parse<string[]>(strFromU8(file)).data.flat();
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  }
});

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { testDateTime, testNow, toPlatformTime } from './support/clock';
import { expect, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * The publication calendar end to end: plan a post in the side panel, see it in the popup, let
 * the browser's own alarm fire its reminder, open the X composer through the same path as a
 * notification click ("Publish now"), find the variant in Draft.js's model, send it with the
 * site's own button, and see the entry published.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SHOTS = join(import.meta.dirname, '..', '.artifacts', 'calendar');
mkdirSync(SHOTS, { recursive: true });

interface Entry {
  id: string;
  title: string;
  status: string;
  remindedAt?: number;
  publishedAt?: number;
  publishedOn: Record<string, number>;
}

async function routeXComposer(context: BrowserContext): Promise<void> {
  const html = readFileSync(join(FIXTURES, 'x/composer.html'), 'utf8');
  await context.route('https://x.com/compose/post', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await context.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(FIXTURES, 'editors/dist/editors.js'), 'utf8'),
    }),
  );
}

/** The tab the calendar opened on X's composer (it opens blank, then goes to the composer). */
async function composerPage(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((page) => page.url().startsWith('https://x.com/compose/post'));
  await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
  return find() as Page;
}

async function entries(page: Page): Promise<Entry[]> {
  const reply = (await sendFromPage(page, 'listCalendar', { from: 0, to: 8_000_000_000_000 })) as {
    ok: boolean;
    result: { entries: Entry[] };
  };
  return reply.result.entries;
}

/** Moves the week view forward until it shows `day` (yyyy-MM-dd), as a user clicks Next. */
async function showDay(panel: Page, day: string): Promise<void> {
  for (let step = 0; step < 3; step += 1) {
    if ((await panel.locator(`.week-grid th[data-day="${day}"]`).count()) > 0) return;
    await panel.locator('.calendar-toolbar__nav button').nth(2).click();
  }
  await expect(panel.locator(`.week-grid th[data-day="${day}"]`)).toHaveCount(1);
}

test('plan a post, see it in the popup, get reminded, fill the X composer, post → published', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  await panel.setViewportSize({ width: 480, height: 900 });
  // The slot of the next full hour at least an hour ahead (tomorrow near midnight, in next week
  // at the end of a week; across a DST jump the hour after it).
  const startedAt = testNow();
  const slot = testDateTime().plus({ hours: 1 }).startOf('hour');
  await expect(panel.locator('.week-grid th.is-today')).toHaveAttribute('data-day', testDateTime().toISODate() ?? '');
  await showDay(panel, slot.toISODate() ?? '');
  const slotName = `New post on ${slot.setLocale('en').toFormat('cccc d LLLL')} at ${slot.toFormat('HH')}:00`;
  await panel.getByRole('button', { name: new RegExp(`^${slotName}`) }).click();

  const editor = panel.locator('form.entry-editor');
  await expect(editor.getByLabel('Title')).toBeFocused();
  await editor.getByLabel('Title').fill('Spring launch');
  await editor
    .getByLabel('Base text (used by every network without its own text)')
    .fill('Our spring collection is here.');
  const x = editor.locator('fieldset.variant[data-network="x"]');
  await x.getByLabel('Account').fill('@acme');
  await x.getByLabel('Own text for this network').check();
  const variant = x.getByLabel('Text for X');
  await variant.fill('a'.repeat(290));
  await expect(x.locator('.length')).toContainText('290 / 280 characters: 10 too many');
  const text = 'Spring is here 🌸 https://acme.com/spring #acme';
  await variant.fill(text);
  await expect(x.locator('.length')).toContainText('47 / 280'); // URL 23, emoji 2
  await editor.getByRole('button', { name: 'Save' }).click();

  await expect(panel.getByTestId('calendar-notice')).toContainText('“Spring launch” saved.');
  await expect(panel.locator('.entry-chip', { hasText: 'Spring launch' })).toBeVisible();
  const [entry] = await entries(panel);
  expect(entry).toMatchObject({ title: 'Spring launch', status: 'scheduled' });
  if (!entry) throw new Error('no entry');

  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('next-reminder')).toContainText('X — Spring launch');
  // Today's list holds the post when its slot is today (not after 23:00, when it is tomorrow's).
  if (slot.hasSame(testDateTime(), 'day')) {
    await expect(popup.locator('ul.today-agenda')).toContainText('Spring launch');
    await expect(popup.locator('ul.today-agenda')).toContainText('scheduled');
  } else {
    await expect(popup.getByTestId('today-agenda')).toContainText('Nothing planned today.');
  }

  // The product planned a browser alarm at the entry's time; make the browser fire it now: the
  // same alarm name, through chrome.alarms itself, 500 ms ahead. No clock is faked anywhere.
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  const due = alarms.find((alarm) => alarm.name === `calendar:due:x:${entry.id}`);
  expect(due?.scheduledTime).toBe(toPlatformTime((entry as unknown as { scheduledAt: number }).scheduledAt));
  // The browser's own clock (platform time) fires alarms.
  await worker.evaluate((name) => chrome.alarms.create(name, { delayInMinutes: 0.01 }), `calendar:due:x:${entry.id}`);
  await expect.poll(async () => (await entries(panel))[0]?.remindedAt, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect
    .poll(async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())))
    .toContain(`calendar:due:x:${entry.id}`);

  // A notification click runs startPublish(); "Publish now" runs the same function.
  await routeXComposer(context);
  await panel.getByRole('button', { name: 'Agenda' }).click();
  await panel.locator(`.agenda-row[data-entry-id="${entry.id}"]`).getByRole('button', { name: 'Publish now' }).click();
  const x_page = await composerPage(context);
  await expect(x_page.locator('html')).toHaveAttribute('data-fixture-ready', 'true', { timeout: 15_000 });
  const model = () =>
    x_page.evaluate(() => {
      const fixture = (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture;
      return fixture.modelText(document.querySelector('[data-fixture-id="x-modal"]') as Element);
    });
  await expect.poll(model, { timeout: 15_000 }).toBe(text);

  await x_page.locator('[data-fixture-submit="x-modal"]').click();
  const sent = await x_page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent);
  expect(sent).toEqual([text]);
  await expect.poll(async () => (await entries(panel))[0]?.status, { timeout: 10_000 }).toBe('published');
  const published = (await entries(panel))[0];
  expect(published?.publishedOn.x).toBeGreaterThanOrEqual(startedAt);
  await panel.bringToFront();
  await expect(panel.locator(`.agenda-row[data-entry-id="${entry.id}"] .status-badge`)).toHaveText('published');
});

/** A week of plans around today, with a conflict, a published post, a missed one and an idea. */
function seedWeek(): unknown[] {
  const day = (offset: number) => testDateTime().plus({ days: offset }).toISODate();
  const zone = testDateTime().zoneName ?? 'UTC';
  const base = { timeZone: zone, labels: ['spring'], campaign: 'Printemps 2026', notes: '' };
  return [
    {
      ...base,
      title: 'Spring teaser',
      text: 'Something is coming 🌸',
      networks: ['x', 'linkedin'],
      variants: {
        x: { account: 'acme' },
        linkedin: { account: 'acme-france', text: 'Our spring collection arrives next week.' },
      },
      localDateTime: `${day(1)}T21:00`,
      status: 'scheduled',
    },
    {
      ...base,
      title: 'Behind the scenes',
      text: 'A day at the workshop',
      networks: ['x'],
      variants: { x: { account: 'acme' } },
      localDateTime: `${day(1)}T21:30`,
      status: 'scheduled',
    },
    {
      ...base,
      title: 'Customer story',
      text: 'How Léa uses Acme',
      networks: ['linkedin'],
      variants: { linkedin: { account: 'acme-france' } },
      localDateTime: `${day(2)}T10:00`,
      status: 'draft',
    },
    {
      ...base,
      title: 'Launch recap',
      text: 'Thank you!',
      networks: ['x'],
      variants: {},
      localDateTime: `${day(-1)}T09:00`,
      status: 'published',
    },
    {
      ...base,
      title: 'Poll: favourite colour',
      text: 'Vote!',
      networks: ['x'],
      variants: {},
      localDateTime: `${day(-2)}T18:00`,
      status: 'scheduled',
    },
    {
      ...base,
      labels: [],
      title: 'Idea: UGC contest',
      text: '',
      networks: [],
      variants: {},
      localDateTime: `${day(3)}T12:00`,
      status: 'idea',
    },
    {
      ...base,
      title: 'Bluesky hello',
      text: 'Hello Bluesky 👋',
      networks: ['bluesky'],
      variants: {},
      localDateTime: `${day(4)}T21:15`,
      status: 'scheduled',
    },
  ];
}

for (const language of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`calendar views and editor in ${language}, ${scheme}`, async ({ openExtensionPage }) => {
      const panel = await openExtensionPage('sidepanel.html?section=calendar');
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 480, height: 900 });
      await panel.evaluate((lang) => chrome.storage.local.set({ settings: { language: lang } }), language);
      await expect(panel.locator('html')).toHaveAttribute('lang', language);
      const seeded = (await sendFromPage(panel, 'importCalendarEntries', { entries: seedWeek() })) as { ok: boolean };
      expect(seeded.ok).toBe(true);
      // Tomorrow, with the seeded conflict, may be in next week (the end of a week, in either locale).
      await showDay(panel, testDateTime().plus({ days: 1 }).toISODate() ?? '');
      const week = panel.locator('.week-scroll');
      await expect(panel.locator('.entry-chip').first()).toBeVisible();
      await week.evaluate((el) => {
        el.scrollTop = (el.querySelector('tbody tr:nth-child(9)') as HTMLElement).offsetTop - 30;
      });
      await screenshot(panel, { path: join(SHOTS, `week-${language}-${scheme}.png`) });
      await expect(panel.locator('.entry-chip.is-conflict')).toHaveCount(2);
      const views = language === 'fr' ? ['Mois', 'Agenda'] : ['Month', 'Agenda'];
      await panel.getByRole('button', { name: views[0], exact: true }).click();
      await screenshot(panel, { path: join(SHOTS, `month-${language}-${scheme}.png`) });
      await panel.getByRole('button', { name: views[1], exact: true }).click();
      await expect(panel.locator('.agenda-row').first()).toBeVisible();
      await screenshot(panel, { path: join(SHOTS, `agenda-${language}-${scheme}.png`), fullPage: true });
      await panel.locator('.agenda-row__title', { hasText: 'Spring teaser' }).click();
      await expect(panel.locator('form.entry-editor')).toBeVisible();
      await screenshot(panel, { path: join(SHOTS, `editor-${language}-${scheme}.png`), fullPage: true });

      const popup = await openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 340, height: 520 });
      await expect(popup.getByTestId('next-reminder')).toContainText('Spring teaser');
      await screenshot(popup, { path: join(SHOTS, `popup-${language}-${scheme}.png`) });
    });
  }
}

test('keyboard: Alt+arrows move the selected entry by a day and an hour', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  await panel.setViewportSize({ width: 480, height: 900 });
  // A mid-week day of the week shown, so the next day is shown too.
  const day = await panel.locator('.week-grid th[data-day]').nth(2).getAttribute('data-day');
  const [seed] = seedWeek() as { localDateTime: string }[];
  const first = { ...seed, localDateTime: `${day}T21:00` };
  await sendFromPage(panel, 'importCalendarEntries', { entries: [first] });
  const chip = panel.locator('.entry-chip', { hasText: 'Spring teaser' });
  await chip.focus();
  await panel.keyboard.press('Alt+ArrowRight');
  await expect(panel.getByTestId('calendar-notice')).toContainText('moved to');
  // The chip is drawn again in its new day once the stored move is read back; then it has the focus.
  const movedDay = DateTime.fromISO(first?.localDateTime ?? '')
    .plus({ days: 1 })
    .toISODate();
  await expect(panel.locator(`td[data-day="${movedDay}"] .entry-chip`, { hasText: 'Spring teaser' })).toBeFocused();
  await panel.keyboard.press('Alt+ArrowDown');
  const [moved] = await entries(panel);
  const expected = DateTime.fromISO(first?.localDateTime ?? '')
    .plus({ days: 1, hours: 1 })
    .toFormat("yyyy-MM-dd'T'HH:mm");
  await expect
    .poll(async () => ((await entries(panel))[0] as unknown as { localDateTime: string }).localDateTime)
    .toBe(expected);
  expect(moved).toBeDefined();
});

test('CSV import is all or nothing with row and field errors; ICS export parses with ical.js', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  const input = panel.getByTestId('calendar-import');
  const day = testDateTime().plus({ days: 1 }).toISODate();
  const bad = `title,date,time,networks\nGood,${day},21:00,x\n,${day},21:00,x\nBad,${day},25:00,myspace\n`;
  await input.setInputFiles({ name: 'month.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const notice = panel.getByTestId('calendar-notice');
  await expect(notice).toContainText('Nothing was imported from month.csv');
  await expect(notice).toContainText('Row 3, field “title”');
  await expect(notice).toContainText('Row 4, field “date/time”');
  await expect(notice).toContainText('Row 4, field “networks”');
  expect(await entries(panel)).toEqual([]);

  const good = `title,date,time,networks,x_account\nGood,${day},21:00,x,acme\nOther,${day},09:30,linkedin,\n`;
  await input.setInputFiles({ name: 'month.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(notice).toContainText('Imported: 2 new, 0 updated.');
  expect((await entries(panel)).map((entry) => entry.title).sort()).toEqual(['Good', 'Other']);

  // Tomorrow may be past the period shown: export everything from today.
  await panel.getByLabel('Export range').selectOption('upcoming');
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`calendar-from-${testDateTime().toISODate()}.ics`);
  await expect(notice).toContainText(`2 entries exported to calendar-from-${testDateTime().toISODate()}.ics`);
  const ics = readFileSync((await file.path()) ?? '', 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary')).sort()).toEqual(['Good', 'Other']);
  for (const event of events) {
    expect(event.getFirstPropertyValue('uid')).toMatch(/@cm-companion$/);
    expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBeTruthy();
    expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
  }
  expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);

  // A period with nothing in it: a message, and no file.
  let downloads = 0;
  panel.on('download', () => {
    downloads += 1;
  });
  await panel.getByLabel('Export range').selectOption('shown');
  await panel.getByRole('button', { name: 'Previous period' }).click();
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  await expect(notice).toContainText('Nothing to export for');
  await expect(notice).toContainText('no file was written');
  // Chosen dates the wrong way round are refused too.
  await panel.getByLabel('Export range').selectOption('custom');
  await panel.getByLabel('From', { exact: true }).fill(day ?? '');
  await panel.getByLabel('To', { exact: true }).fill(testDateTime().minus({ days: 1 }).toISODate() ?? '');
  await panel.getByRole('button', { name: 'Export .ics' }).click();
  await expect(notice).toContainText('Choose a start and an end date');
  expect(downloads).toBe(0);
});

test('calendar settings: windows per network feed the best-time highlight', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=settings');
  await panel.setViewportSize({ width: 480, height: 1400 });
  const section = panel.locator('fieldset.calendar-settings');
  await section.locator('input[name="windows-x"]').fill('18:00-19:00, 21:00-23:00');
  await section.locator('input[name="windows-x"]').press('Tab');
  await expect(section.locator('input[name="windows-x"]')).toHaveValue('18:00–19:00, 21:00–23:00');
  await section.locator('input[name="windows-linkedin"]').fill('late');
  await section.locator('input[name="windows-linkedin"]').press('Tab');
  await expect(section.getByRole('alert')).toContainText('LinkedIn: “late” is not a window');
  await section.scrollIntoViewIfNeeded();
  await screenshot(section, { path: join(SHOTS, 'settings-en-light.png') });

  const calendar = await openExtensionPage('sidepanel.html?section=calendar');
  await calendar.getByLabel('Network').selectOption('x');
  const today = testDateTime().setLocale('en').toFormat('cccc d LLLL');
  await expect(calendar.getByRole('button', { name: `New post on ${today} at 18:00 (your best time)` })).toBeVisible();
});

test('a planned post for another account is held by the guard until the user decides', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  const localDateTime = testDateTime().plus({ hours: 2 }).toFormat("yyyy-MM-dd'T'HH:mm");
  const text = 'Support hours change tomorrow';
  const saved = (await sendFromPage(panel, 'saveCalendarEntry', {
    entry: {
      title: 'Support hours',
      text,
      networks: ['x'],
      variants: { x: { account: 'acme_support' } },
      localDateTime,
      timeZone: testDateTime().zoneName,
      status: 'scheduled',
    },
  })) as { result: { entry: Entry } };
  const { entry } = saved.result;
  await routeXComposer(context);
  await sendFromPage(panel, 'publishCalendarEntry', { id: entry.id, network: 'x' });
  const page = await composerPage(context);
  await expect(page.locator('html')).toHaveAttribute('data-fixture-ready', 'true', { timeout: 15_000 });
  const model = () =>
    page.evaluate(() => {
      const fixture = (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture;
      return fixture.modelText(document.querySelector('[data-fixture-id="x-modal"]') as Element);
    });
  await expect.poll(model, { timeout: 15_000 }).toBe(text);

  // The fixture's signed-in account is @acme; the entry is planned for @acme_support.
  await page.locator('[data-fixture-submit="x-modal"]').click();
  const dialog = page.getByTestId('guard-dialog');
  await expect(dialog).toContainText('This calendar entry is meant for @acme_support, but you are posting as @acme.');
  const sent = () => page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent);
  expect(await sent()).toEqual([]);
  expect((await entries(panel))[0]?.status).toBe('scheduled');

  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(sent).toEqual([text]);
  await expect.poll(async () => (await entries(panel))[0]?.status, { timeout: 10_000 }).toBe('published');
});

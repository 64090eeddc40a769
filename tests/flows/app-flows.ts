/**
 * The extension's own pages and its background, written once for both browsers: settings and the
 * language switch live across open pages, a calendar entry with its reminder alarm, and data
 * surviving the background being stopped (Chromium's service worker, Firefox's event page).
 */
import assert from 'node:assert/strict';
import { testDateTime, toPlatformTime } from '../e2e/support/clock';
import { until, untilCount, untilText } from './checks';
import type { Flow } from './driver';
import { ask, choose, setUpSettings } from './page-helpers';

interface StoredEntry {
  id: string;
  title: string;
  status: string;
  scheduledAt: number;
}

const settingsFlow: Flow = {
  title: 'settings: language and theme apply at once to the open popup and side panel; the shortcuts are listed',
  async run({ browser, shots }) {
    const popup = await browser.openExtensionPage('popup.html');
    await untilText(popup, '#popup-today', 'Today');
    const panel = await setUpSettings(browser, { brand: 'Acme', language: 'fr' });
    await until(
      'the side panel in French',
      () => panel.evaluate(() => document.documentElement.lang),
      (l) => l === 'fr',
    );
    await untilText(panel, '#settings-heading', 'Réglages');
    // The popup was open all along: it follows without a reload.
    await until(
      'the popup in French',
      () => popup.evaluate(() => document.documentElement.lang),
      (l) => l === 'fr',
    );
    await untilText(popup, '#popup-today', 'Aujourd’hui');
    // The shortcuts as the browser has them bound (commands.getAll), keys shown as keys.
    await untilText(panel, 'dl.shortcuts', 'Alt+Shift+S');
    await choose(panel, 'select[name="theme"]', 'dark');
    await until(
      'the dark theme in the popup',
      () => popup.evaluate(() => document.documentElement.dataset.theme ?? ''),
      (theme) => theme === 'dark',
    );
    await panel.screenshot(`${shots}/settings-fr-dark.png`);
    await choose(panel, 'select[name="language"]', 'en');
    await untilText(popup, '#popup-today', 'Today');
  },
};

const calendarFlow: Flow = {
  title: 'calendar: a post planned in the side panel is stored, shown, and its reminder alarm is planned',
  async run({ browser, shots }) {
    const panel = await browser.openExtensionPage('sidepanel.html?section=calendar');
    await untilCount(panel, '.calendar-toolbar button.primary', (n) => n === 1, 'the calendar toolbar');
    await panel.click('.calendar-toolbar button.primary');
    await untilCount(panel, 'form.entry-editor', (n) => n === 1, 'the entry editor');
    // Tomorrow at 10:00 on the suite's clock: always ahead, whatever the hour the suite runs at.
    const tomorrow = testDateTime().plus({ days: 1 });
    await choose(panel, 'form.entry-editor input[name="title"]', 'Spring launch');
    await choose(panel, 'form.entry-editor textarea[name="text"]', 'Our spring collection is here.');
    await choose(panel, 'form.entry-editor input[name="date"]', tomorrow.toISODate() ?? '');
    await choose(panel, 'form.entry-editor input[name="time"]', '10:00');
    await panel.click('form.entry-editor button[type="submit"]');
    await untilText(panel, '[data-testid="calendar-notice"]', 'Spring launch');
    await panel.screenshot(`${shots}/calendar-saved.png`);

    const { entries } = await ask<{ entries: StoredEntry[] }>(panel, 'listCalendar', {
      from: tomorrow.startOf('day').toMillis(),
      to: tomorrow.endOf('day').toMillis(),
    });
    const entry = entries.find((one) => one.title === 'Spring launch');
    assert.ok(entry, `stored entries: ${JSON.stringify(entries)}`);
    assert.equal(entry.status, 'scheduled');
    const alarms = await until(
      'the reminder alarm',
      () => panel.evaluate(() => chrome.alarms.getAll()),
      (all) => all.some((alarm) => alarm.name.includes(entry.id)),
    );
    // At the entry's time, on the browser's own clock (the one alarms fire on).
    const alarm = alarms.find((one) => one.name === `calendar:due:x:${entry.id}`);
    assert.equal(alarm?.scheduledTime, toPlatformTime(entry.scheduledAt), JSON.stringify(alarms));
  },
};

const backgroundFlow: Flow = {
  title: 'background: data written, the background stopped by the browser, the next message wakes it and reads it back',
  backgroundIdleMs: 1_500,
  async run({ browser }) {
    const panel = await browser.openExtensionPage('popup.html');
    const day = testDateTime().plus({ days: 2 });
    const { entry } = await ask<{ entry: StoredEntry }>(panel, 'saveCalendarEntry', {
      entry: {
        title: 'Written before the stop',
        localDateTime: `${day.toISODate()}T09:30`,
        timeZone: day.zoneName,
        status: 'scheduled',
        networks: ['x'],
      },
    });
    // The open popup reads the crisis status again 300 ms after a store change
    // (components/crisis/use-crisis.ts): stopped before that read, the worker would be woken by it.
    await new Promise((done) => setTimeout(done, 600));
    await browser.suspendBackground();
    assert.equal(await browser.backgroundRunning(), false, 'the background stopped');
    const range = { from: day.startOf('day').toMillis(), to: day.endOf('day').toMillis() };
    const { entries } = await ask<{ entries: StoredEntry[] }>(panel, 'listCalendar', range);
    await until('the message to wake the background', () => browser.backgroundRunning());
    assert.deepEqual(
      entries.map((one) => [one.id, one.title, one.scheduledAt]),
      [[entry.id, 'Written before the stop', entry.scheduledAt]],
    );
  },
};

export const APP_FLOWS: readonly Flow[] = [settingsFlow, calendarFlow, backgroundFlow];

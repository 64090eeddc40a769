import type { Page, Worker } from '@playwright/test';
import { testDateTime, testNow } from './support/clock';
import { expect, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Crisis, one user story: a seeded negative spike over two calm weeks raises the alert (toolbar
 * badge and popup, with the numbers); crisis mode from the alert holds the planned posts (no
 * alarm, no publish hand-over, marked in the calendar), resumes one, shows the crisis items in
 * the inbox, and turning it off restores the entries and their alarms exactly. Screenshots go to
 * tests/.artifacts/screenshots/ (docs/screenshots/ holds the README's copies).
 */

/** Two calm weeks (10 captures a day, one negative) and, in the last hours, 10 captures, 8 negative. */
async function seedSpike(worker: Worker): Promise<void> {
  await worker.evaluate(
    async ({ now }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('cm-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('inbox', 'readwrite');
      const put = (id: string, capturedAt: number, negative: boolean) =>
        tx.objectStore('inbox').put({
          id,
          key: `x:${id}`,
          network: 'x',
          postId: id,
          permalink: `https://x.com/someone/status/${id}`,
          authorName: 'Someone',
          authorHandle: '@someone',
          authorUrl: '',
          text: negative ? 'This is awful, the kettle leaks' : 'Nice kettle',
          pageUrl: 'https://x.com/home',
          kind: 'post',
          capturedAt,
          updatedAt: capturedAt,
          status: 'answered',
          tags: [],
          sentiment: negative ? 'negative' : 'positive',
          sentimentSource: 'suggested',
        });
      for (let day = 0; day < 14; day++) {
        for (let n = 0; n < 10; n++)
          put(`calm-${day}-${n}`, now - 7 * 3_600_000 - day * 86_400_000 - n * 600_000, n === 0);
      }
      for (let n = 0; n < 10; n++) put(`spike-${n}`, now - (n + 1) * 300_000, n < 8);
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
      await chrome.storage.local.set({ 'dbRevision.inbox': crypto.randomUUID() });
    },
    { now: testNow() },
  );
}

function planned(): unknown[] {
  const day = (offset: number) => testDateTime().plus({ days: offset }).toISODate();
  const base = { timeZone: testDateTime().zoneName ?? 'UTC', text: 'Spring is here', networks: ['x'] };
  return [
    { ...base, title: 'Spring launch', localDateTime: `${day(1)}T10:00`, status: 'scheduled' },
    { ...base, title: 'Spring recap', localDateTime: `${day(2)}T10:00`, status: 'scheduled' },
    { ...base, title: 'Unfinished idea', localDateTime: `${day(2)}T12:00`, status: 'draft' },
  ];
}

async function reply<T>(page: Page, type: string, data: unknown): Promise<T> {
  const answer = (await sendFromPage(page, type, data)) as { ok: boolean; result: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.result;
}

const entries = (page: Page) =>
  reply<{ entries: { id: string; title: string }[] }>(page, 'listCalendar', { from: 0, to: 8_000_000_000_000 }).then(
    (result) => result.entries.sort((a, b) => a.id.localeCompare(b.id)),
  );

const calendarAlarms = (worker: Worker) =>
  worker
    .evaluate(() => chrome.alarms.getAll())
    .then((alarms) =>
      alarms
        .filter((alarm) => alarm.name.startsWith('calendar:'))
        .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );

test('crisis: a negative spike raises the alert; crisis mode holds planned posts and restores them exactly', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=calendar');
  await reply(panel, 'importCalendarEntries', { entries: planned() });
  const before = await entries(panel);
  const ids = Object.fromEntries(before.map((entry) => [entry.title, entry.id]));
  await expect.poll(() => calendarAlarms(worker).then((alarms) => alarms.length)).toBeGreaterThanOrEqual(2);
  const alarmsBefore = await calendarAlarms(worker);
  expect(alarmsBefore.map((alarm) => alarm.name)).toContain(`calendar:due:x:${ids['Spring launch']}`);

  // The spike: the badge says "!" and its tooltip gives the numbers; the popup too.
  await seedSpike(worker);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toContain(
    '8 of 10 captures in the last 6 h are negative (usually 10%)',
  );
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 420 });
  const alert = popup.getByTestId('crisis-alert');
  await expect(alert).toContainText('Possible crisis');
  await expect(alert).toContainText('8 of 10 captures in the last 6 h are negative (usually 10%)');
  await screenshot(popup, { path: 'tests/.artifacts/screenshots/crisis-alert.png' });

  // Crisis mode from the alert: planned posts held, no alarm left for them, nothing handed over.
  await alert.getByRole('button', { name: 'Turn on crisis mode' }).click();
  await expect(popup.getByTestId('crisis-mode')).toContainText('Planned posts held: 2');
  await expect.poll(() => calendarAlarms(worker)).toEqual([]);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  const refused = (await sendFromPage(panel, 'publishCalendarEntry', { id: ids['Spring launch'], network: 'x' })) as {
    ok: boolean;
  };
  expect(refused.ok).toBe(false);
  expect(await entries(panel)).toEqual(before);

  // The calendar marks them and resumes one: its alarms come back, the other stays held.
  await panel.bringToFront();
  await panel.setViewportSize({ width: 400, height: 700 });
  await panel.getByRole('button', { name: 'Agenda' }).click();
  const launch = panel.locator(`.agenda-row[data-entry-id="${ids['Spring launch']}"]`);
  const recap = panel.locator(`.agenda-row[data-entry-id="${ids['Spring recap']}"]`);
  await expect(launch.getByTestId('held-badge')).toHaveText('Held (crisis)');
  await expect(recap.getByTestId('held-badge')).toBeVisible();
  await expect(launch.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(
    panel.locator(`.agenda-row[data-entry-id="${ids['Unfinished idea']}"]`).getByTestId('held-badge'),
  ).toHaveCount(0);
  await screenshot(panel, { path: 'tests/.artifacts/screenshots/crisis-calendar.png' });
  await launch.getByRole('button', { name: 'Resume' }).click();
  await expect(launch.getByTestId('held-badge')).toHaveCount(0);
  await expect(recap.getByTestId('held-badge')).toBeVisible();
  await expect
    .poll(() => calendarAlarms(worker))
    .toEqual(alarmsBefore.filter((alarm) => alarm.name.endsWith(ids['Spring launch'] ?? '?')));

  // Every template picker offers the holding statements first.
  const post = await openFixture(context, 'https://x.com/marie/status/1850000000000000001', 'x/post.html');
  await expect(post.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect(post.locator('html')).toHaveAttribute('data-fixture-ready', 'true');
  const box = post.locator('[data-fixture-id="x-reply"] [contenteditable="true"]').first();
  await box.click();
  await post.keyboard.type(';;');
  const picker = post.locator('cm-companion-template-picker .picker');
  await expect(picker.getByRole('option').first()).toContainText(/Holding statement|Message d'attente/);
  await post.keyboard.press('Escape');
  await post.close();

  // The inbox shows the crisis items: the eight negative captures of the spike.
  await panel.goto(panel.url().replace('section=calendar', 'section=inbox'));
  await panel.getByTestId('crisis-mode').getByRole('button', { name: 'See the crisis items' }).click();
  await expect(panel.getByTestId('inbox-total')).toHaveText('8 items');

  // Off: every entry and every alarm exactly as before.
  await panel.getByTestId('crisis-mode').getByRole('button', { name: 'Turn off crisis mode' }).click();
  await expect(panel.getByTestId('crisis-mode')).toHaveCount(0);
  await expect.poll(() => calendarAlarms(worker)).toEqual(alarmsBefore);
  expect(await entries(panel)).toEqual(before);
  // The spike is still there: the alert comes back, for the user to decide again.
  await expect(panel.getByTestId('crisis-alert')).toBeVisible();
});

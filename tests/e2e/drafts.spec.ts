import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionWorker, launchWithExtension, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Guarantee: the side panel closed in the middle of an edit, and the browser restarted on the same
 * profile, leave no half-saved record; what was typed is kept as a draft and offered back. Three
 * editors: a template being changed, a new calendar post, an inbox item's note.
 */
interface Stored {
  templates: { id: string; name: string; body: string; updatedAt: number }[];
}

async function openPanel(context: BrowserContext, section: string): Promise<Page> {
  const worker = await extensionWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html?section=${section}`);
  return page;
}

const readTemplates = async (page: Page) =>
  ((await page.evaluate(() => chrome.storage.local.get('templates'))) as Stored).templates;

const calendarEntries = async (page: Page) =>
  (
    (await sendFromPage(page, 'listCalendar', { from: 0, to: 8_000_000_000_000 })) as {
      result: { entries: { title: string }[] };
    }
  ).result.entries;

const inboxNotes = async (page: Page) =>
  (
    (await sendFromPage(page, 'listInbox', { limit: 10 })) as {
      result: { items: { id: string; notes?: string }[] };
    }
  ).result.items.map((item) => item.notes ?? '');

const drafts = async (page: Page) =>
  ((await sendFromPage(page, 'listEditDrafts', {})) as { result: { drafts: { key: string }[] } }).result.drafts
    .map((draft) => draft.key.split(':')[0])
    .sort();

test('side panel closed mid-edit, browser restarted: no half-saved record; the drafts are offered back', async ({
  userDataDir,
}) => {
  test.setTimeout(60_000);
  let context = await launchWithExtension(userDataDir);
  let panel = await openPanel(context, 'templates');
  await expect(panel.locator('.template-item').first()).toBeVisible();
  const before = await readTemplates(panel);
  const target = before[0];
  if (!target) throw new Error('no starter template');
  await sendFromPage(panel, 'captureToInbox', {
    network: 'x',
    postId: '7',
    permalink: 'https://x.com/marie/status/7',
    authorName: 'Marie',
    authorHandle: '@marie',
    authorUrl: 'https://x.com/marie',
    text: 'Ma commande est en retard',
    pageUrl: 'https://x.com/home',
  });

  // A template half-changed.
  await panel.getByRole('button', { name: `Edit: ${target.name}` }).click();
  await panel.locator('textarea[name="body"]').fill('Half-typed new body');
  // A new calendar post half-written.
  const calendar = await openPanel(context, 'calendar');
  await calendar.getByRole('button', { name: 'New post', exact: true }).click();
  await calendar.getByLabel('Title').fill('Spring launch (unfinished)');
  // An inbox note being typed (the field not left, so not saved).
  const inbox = await openPanel(context, 'inbox');
  await inbox.locator('.inbox-list [role="option"]').first().click();
  await inbox.locator('#detail-notes').click();
  await inbox.keyboard.type('Call her back tomorrow');
  // Each editor has kept its draft; then the browser goes away without a save.
  await expect.poll(() => drafts(inbox)).toEqual(['calendar', 'inboxNote', 'template']);
  await context.close();

  context = await launchWithExtension(userDataDir);
  panel = await openPanel(context, 'templates');
  // No half-saved record: the template, the calendar and the note are as they were.
  expect(await readTemplates(panel)).toEqual(before);
  expect(await calendarEntries(panel)).toEqual([]);
  expect(await inboxNotes(panel)).toEqual(['']);

  // Each draft is offered back where it belongs, and resumes with what was typed.
  const templateDrafts = panel.getByTestId('drafts-template');
  await expect(templateDrafts).toContainText(`Unsaved changes to “${target.name}”`);
  await screenshot(panel, { path: 'docs/screenshots/drafts-offered.png' });
  await templateDrafts.getByRole('button', { name: 'Resume' }).click();
  await expect(panel.locator('textarea[name="body"]')).toHaveValue('Half-typed new body');
  await expect(templateDrafts).toHaveCount(0);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => (await readTemplates(panel)).find((one) => one.id === target.id)?.body)
    .toBe('Half-typed new body');

  const calendarPanel = await openPanel(context, 'calendar');
  const calendarDrafts = calendarPanel.getByTestId('drafts-calendar');
  await expect(calendarDrafts).toContainText('Spring launch (unfinished)');
  await calendarDrafts.getByRole('button', { name: 'Discard' }).click();
  await expect(calendarDrafts).toHaveCount(0);
  expect(await calendarEntries(calendarPanel)).toEqual([]);

  const inboxPanel = await openPanel(context, 'inbox');
  const noteDrafts = inboxPanel.getByTestId('drafts-inboxNote');
  await expect(noteDrafts).toContainText('Marie');
  await noteDrafts.getByRole('button', { name: 'Resume' }).click();
  await expect(inboxPanel.locator('#detail-notes')).toHaveValue('Call her back tomorrow');
  await expect(inboxPanel.getByRole('status').filter({ hasText: 'Unsaved note restored' })).toBeVisible();
  await inboxPanel.locator('#detail-notes').press('Tab');
  await expect.poll(() => inboxNotes(inboxPanel)).toEqual(['Call her back tomorrow']);
  // Saved or discarded, no draft is left behind.
  await expect.poll(() => drafts(inboxPanel)).toEqual([]);
  await context.close();
});

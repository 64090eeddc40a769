import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { testNow } from './support/clock';
import { expect, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** Marie twice on X and once on LinkedIn, Tom on X (the newest). */
const CAPTURES = [
  {
    network: 'x',
    postId: '1851234567890120001',
    permalink: 'https://x.com/marie_dupont/status/1851234567890120001',
    authorName: 'Marie Dupont',
    authorHandle: '@marie_dupont',
    authorUrl: 'https://x.com/marie_dupont',
    text: 'Ma commande n’est toujours pas arrivée, c’est inadmissible.',
    pageUrl: 'https://x.com/home',
  },
  {
    network: 'linkedin',
    postId: 'urn:li:activity:7266000000000000101',
    permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7266000000000000101/',
    authorName: 'Marie Dupont',
    authorHandle: 'marie-dupont-presse',
    authorUrl: 'https://www.linkedin.com/in/marie-dupont-presse/',
    text: 'Article à venir sur la logistique du dernier kilomètre.',
    pageUrl: 'https://www.linkedin.com/feed/',
  },
  {
    network: 'x',
    postId: '1851234567890120002',
    permalink: 'https://x.com/marie_dupont/status/1851234567890120002',
    authorName: 'Marie D.',
    authorHandle: '@Marie_Dupont',
    authorUrl: 'https://x.com/marie_dupont',
    text: 'Merci pour la réponse rapide, colis reçu !',
    pageUrl: 'https://x.com/home',
  },
  {
    network: 'x',
    postId: '1851234567890120003',
    permalink: 'https://x.com/tom_baker/status/1851234567890120003',
    authorName: 'Tom Baker',
    authorHandle: '@tom_baker',
    authorUrl: 'https://x.com/tom_baker',
    text: 'Love the new app, great job!',
    pageUrl: 'https://x.com/home',
  },
];

test('People: authors from the captures, tagged VIP first in the inbox, linked across networks, added to the report, marked on the site', async ({
  context,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=people');
  await panel.setViewportSize({ width: 400, height: 900 });
  await expect(panel.getByRole('heading', { name: 'No one yet' })).toBeVisible();
  for (const [index, capture] of CAPTURES.entries()) {
    const capturedAt = testNow() - (CAPTURES.length - index) * 60_000;
    expect(await sendFromPage(panel, 'captureToInbox', { ...capture, capturedAt })).toMatchObject({ ok: true });
  }
  // The open view follows the captures: one person per network handle, the most recently seen first.
  const people = panel.getByRole('list', { name: 'People' }).locator('.person-row__name');
  await expect(people).toHaveText(['Tom Baker', 'Marie D.', 'Marie Dupont']);

  await panel.locator('.person-row', { hasText: 'Marie D.' }).click();
  const detail = panel.getByTestId('person-detail');
  await expect(detail.getByTestId('person-captures')).toHaveText('2');
  await expect(detail.getByRole('link', { name: 'Open profile' })).toHaveAttribute(
    'href',
    'https://x.com/marie_dupont',
  );
  await expect(detail.getByRole('list', { name: 'Sentiment over time' }).locator('.sentiment-pill')).toHaveCount(2);
  await detail.getByRole('checkbox', { name: 'VIP' }).check();
  await detail.getByRole('checkbox', { name: 'journalist' }).check();
  await detail.getByLabel('Notes').fill('Journaliste au Parisien, rubrique conso.');
  await detail.getByLabel('Notes').blur();
  await expect(detail.getByRole('checkbox', { name: 'journalist' })).toBeChecked();

  // Linked with her LinkedIn account: one person with three captures.
  await detail.getByLabel('Same person as').selectOption({ label: 'Marie Dupont (LinkedIn marie-dupont-presse)' });
  await detail.getByRole('button', { name: 'Link' }).click();
  await expect(detail.getByTestId('person-captures')).toHaveText('3');
  await expect(detail.getByTestId('person-items').locator('li')).toHaveCount(3);
  await expect(detail.getByRole('link', { name: 'Open profile' })).toHaveCount(2);
  await detail.getByRole('button', { name: 'Add to report' }).click();
  await expect(detail.getByRole('status')).toHaveText('3 conversations added to the report.');
  await screenshot(panel, { path: join(SHOTS, 'people-detail.png'), fullPage: true });
  expect(await axeViolations(panel)).toEqual([]);
  await detail.getByRole('button', { name: 'Back' }).click();

  await expect(people).toHaveText(['★ Marie D.', 'Tom Baker']);
  await panel.getByLabel('Tag').selectOption('journalist');
  await expect(people).toHaveText(['★ Marie D.']);
  await panel.getByLabel('Tag').selectOption('');
  await screenshot(panel, { path: join(SHOTS, 'people.png') });
  await panel.setViewportSize({ width: 320, height: 700 });
  expect(await axeViolations(panel)).toEqual([]);
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Her mentions now rank first in the inbox, before Tom's newer one; the notes and tags are stored.
  await panel.getByRole('tab', { name: 'Inbox' }).click();
  await expect(panel.locator('.inbox-list [role="option"] .inbox-item__author')).toHaveText([
    'Marie D.',
    'Marie Dupont',
    'Marie Dupont',
    'Tom Baker',
  ]);
  const stored = await panel.evaluate(() => chrome.storage.local.get('people'));
  expect(stored.people).toMatchObject([
    { tags: ['vip', 'journalist'], notes: 'Journaliste au Parisien, rubrique conso.', handles: expect.any(Array) },
  ]);

  // On X, her posts carry the mark by her name as they come on screen; nobody else's do.
  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  const hers = page.locator('article[data-testid="tweet"]', { has: page.locator('a[href="/marie_dupont"]') }).first();
  await hers.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const marks = page.locator('cm-companion-capture .cmc-person');
  await expect(marks.first()).toHaveText('★ VIP');
  const herPosts = await page
    .locator('article[data-testid="tweet"]', { has: page.locator('a[href="/marie_dupont"]') })
    .count();
  expect(await page.locator('article[data-testid="tweet"]').count()).toBeGreaterThan(herPosts);
  expect(await marks.count()).toBeLessThanOrEqual(herPosts);
  for (const text of await marks.allTextContents()) expect(text).toBe('★ VIP');
  const box = await marks.first().boundingBox();
  const article = await hers.boundingBox();
  expect(box && article && Math.abs(box.y - article.y) < 24).toBe(true);
  await screenshot(page, {
    path: join(SHOTS, 'vip-highlight.png'),
    clip: { x: 0, y: Math.max(0, (article?.y ?? 0) - 40), width: 1000, height: 320 },
  });
});

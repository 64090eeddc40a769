import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openFixture, sendFromPage, test } from './support/extension';

const editorsBundle = () =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'editors', 'dist', 'editors.js'), 'utf8');

/** The inbox learns that a conversation was answered from the page itself, not from a click in the panel. */
test('a reply sent on the page marks the captured comment answered, with its response time', { tag: '@clock' }, async ({
  context,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('popup.html');
  const capture = {
    network: 'reddit',
    postId: 't1_kc0001',
    permalink: 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0001/',
    authorName: 'lea_martin',
    authorHandle: 'u/lea_martin',
    authorUrl: 'https://www.reddit.com/user/lea_martin/',
    text: 'Est-ce que la bouilloire existe en noir ?',
    pageUrl: 'https://www.reddit.com/r/acme/comments/1acme01/launch/',
  };
  expect(await sendFromPage(panel, 'captureToInbox', capture)).toMatchObject({ ok: true });
  const status = async () => {
    const reply = (await sendFromPage(panel, 'listInbox', { limit: 5 })) as {
      result: { items: { status: string; answeredAt?: number; capturedAt: number }[] };
    };
    return reply.result.items[0];
  };

  const page = await openFixture(context, 'https://www.reddit.com/r/acme/comments/1acme01/launch/', 'reddit/post.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __fixture: { ready: boolean } }).__fixture.ready))
    .toBe(true);
  const box = page.locator('[data-fixture-id="reddit-reply"]');
  await box.click();
  await page.keyboard.type('Oui, en noir mat ! 🖤');
  // Typing is not sending: the item stays open.
  await page.waitForTimeout(500);
  expect((await status())?.status).toBe('new');

  await page.locator('[data-fixture-submit="reddit-reply"]').first().click();
  expect(await page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent)).toEqual([
    'Oui, en noir mat ! 🖤',
  ]);
  await expect.poll(async () => (await status())?.status).toBe('answered');
  const item = await status();
  expect(item?.answeredAt).toBeGreaterThanOrEqual(item?.capturedAt ?? Number.POSITIVE_INFINITY);
});

test("the inbox's Reply opens the post, brings its reply box into focus with the template picker open", async ({
  context,
  openExtensionPage,
  worker,
}) => {
  const permalink = 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0001/';
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reddit', 'post.html'), 'utf8');
  await context.route(permalink, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await context.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: editorsBundle() }),
  );
  const panel = await openExtensionPage('popup.html');
  const captured = (await sendFromPage(panel, 'captureToInbox', {
    network: 'reddit',
    postId: 't1_kc0001',
    permalink,
    authorName: 'lea_martin',
    authorHandle: 'u/lea_martin',
    authorUrl: 'https://www.reddit.com/user/lea_martin/',
    text: 'Quel est le prix de la livraison en Belgique ?',
    pageUrl: permalink,
  })) as { result: { id: string } };

  const opened = context.waitForEvent('page');
  await sendFromPage(panel, 'startInboxReply', { id: captured.result.id });
  const post = await opened;
  await post.waitForLoadState();
  // Playwright routes a tab the extension opens only once its first navigation started: reload once.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url ?? tab.pendingUrl)))
    .toContain(permalink);
  if ((await post.locator('html').getAttribute('data-cm-companion')) !== 'reddit') await post.reload();
  await expect(post.locator('html')).toHaveAttribute('data-cm-companion', 'reddit');

  const picker = post.locator('cm-companion-template-picker .picker');
  await expect(picker).toBeVisible({ timeout: 10_000 });
  await expect(picker.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await post.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const model = await post.evaluate(() =>
    (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture.modelText(
      document.querySelector('[data-fixture-id="reddit-reply"]') as Element,
    ),
  );
  expect(model?.length).toBeGreaterThan(20);
});

test('"Take it private" puts the invitation to continue in private messages in the post\'s reply box, in one step', async ({
  context,
  openExtensionPage,
  worker,
}) => {
  const permalink = 'https://www.reddit.com/r/acme/comments/1acme01/comment/kc0001/';
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reddit', 'post.html'), 'utf8');
  await context.route(permalink, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await context.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: editorsBundle() }),
  );
  const panel = await openExtensionPage('popup.html');
  const captured = (await sendFromPage(panel, 'captureToInbox', {
    network: 'reddit',
    postId: 't1_kc0001',
    permalink,
    authorName: 'Léa Martin',
    authorHandle: 'u/lea_martin',
    authorUrl: 'https://www.reddit.com/user/lea_martin/',
    text: 'Ma commande n’est toujours pas arrivée, je suis très déçue',
    pageUrl: permalink,
  })) as { result: { id: string } };

  const opened = context.waitForEvent('page');
  expect(await sendFromPage(panel, 'takeInboxPrivate', { id: captured.result.id })).toMatchObject({ ok: true });
  const post = await opened;
  await post.waitForLoadState();
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url ?? tab.pendingUrl)))
    .toContain(permalink);
  if ((await post.locator('html').getAttribute('data-cm-companion')) !== 'reddit') await post.reload();
  const model = () =>
    post.evaluate(() =>
      (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture.modelText(
        document.querySelector('[data-fixture-id="reddit-reply"]') as Element,
      ),
    );
  await expect.poll(model, { timeout: 10_000 }).toContain('message privé');
  expect(await model()).toContain('Bonjour Léa');
  // Nothing was sent: the user reads it and sends it.
  expect(await post.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent)).toEqual(
    [],
  );
});

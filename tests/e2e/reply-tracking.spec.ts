import { expect, openFixture, sendFromPage, test } from './support/extension';

/** The inbox learns that a conversation was answered from the page itself, not from a click in the panel. */
test('a reply sent on the page marks the captured comment answered, with its response time', async ({
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

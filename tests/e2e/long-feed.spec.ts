import { expect, openFixture, sendFromPage, test } from './support/extension';

/**
 * The first law on a long feed: the extension notices posts as they are added, not by reading the
 * page again, so the 5,000th post of an infinite feed is served like the first: it is outlined
 * when it mentions a tracked keyword and gets the capture control under the pointer.
 */
const POSTS = 5000;
const LAST_ID = '1861000000000009999';

test('the 5,000th post appended to the feed gets its keyword outline and its capture control', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const settings = await openExtensionPage('sidepanel.html?section=settings');
  await settings.locator('textarea[name="trackedKeywords"]').fill('#bouilloire');
  await settings.getByRole('button', { name: 'Save keywords' }).click();
  await expect(settings.getByText(/Saved: \d+ keyword/)).toBeVisible();
  const panel = await openExtensionPage('sidepanel.html?section=inbox');

  const page = await openFixture(context, 'https://x.com/home', 'x/feed.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'x');

  // The feed grows as an infinite feed does: batches of 50 cells, one batch per frame, each a copy
  // of the first tweet with its own id; the last one talks about the tracked keyword.
  await page.evaluate(
    async ({ total, lastId }) => {
      const first = document.querySelector<HTMLElement>('[data-testid="cellInnerDiv"]');
      const list = first?.parentElement;
      if (!first || !list) throw new Error('no timeline cell');
      const step = 410;
      const make = (index: number) => {
        const cell = first.cloneNode(true) as HTMLElement;
        const id = index === total - 1 ? lastId : `18610000000${String(index).padStart(8, '0')}`;
        for (const link of cell.querySelectorAll('a[href*="/status/"]')) {
          link.setAttribute('href', `/marie_dupont/status/${id}`);
        }
        if (index === total - 1) {
          const text = cell.querySelector('[data-testid="tweetText"]');
          if (text) text.textContent = 'Ma #bouilloire fuit depuis hier, que faire ?';
        }
        cell.style.transform = `translateY(${index * step}px)`;
        return cell;
      };
      let index = list.childElementCount;
      while (index < total) {
        const batch = document.createDocumentFragment();
        for (let n = 0; n < 50 && index < total; n += 1, index += 1) batch.append(make(index));
        list.append(batch);
        list.style.minHeight = `${index * step}px`;
        await new Promise(requestAnimationFrame);
      }
    },
    { total: POSTS, lastId: LAST_ID },
  );
  await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(POSTS);

  const last = page.locator('article[data-testid="tweet"]').last();
  const text = last.getByText('Ma #bouilloire fuit');
  await text.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const outline = page.locator('cm-companion-capture .cmc-highlight');
  await expect(outline).toHaveCount(1);
  await expect(outline).toContainText('#bouilloire');
  // The outline is drawn around that post.
  const [box, post] = await Promise.all([outline.boundingBox(), last.boundingBox()]);
  expect(box && post && Math.abs(box.y - post.y) < 10 && Math.abs(box.height - post.height) < 12).toBe(true);

  await text.hover();
  const control = page.locator('cm-companion-capture .cmc-capture');
  await expect(control).toBeVisible();
  // A little scroll with the pointer still on the post: the outline and the control go with it.
  const offsets = async () => {
    const [outlineBox, controlBox, postBox] = await Promise.all([
      outline.boundingBox(),
      control.boundingBox(),
      last.boundingBox(),
    ]);
    if (!outlineBox || !controlBox || !postBox) return null;
    return [Math.round(outlineBox.y - postBox.y), Math.round(controlBox.y - postBox.y)];
  };
  const before = await offsets();
  const postTop = (await last.boundingBox())?.y ?? 0;
  // Up: the 5,000th post is the feed's last, so the page is at its end.
  await page.mouse.wheel(0, -40);
  await expect.poll(async () => (await last.boundingBox())?.y).toBeGreaterThan(postTop + 20);
  await expect.poll(offsets).toEqual(before);
  await control.click();
  await expect(page.locator('cm-companion-capture .cmc-toast')).toContainText(/Captured/);
  await expect
    .poll(async () => {
      const reply = (await sendFromPage(panel, 'listInbox', { limit: 10 })) as {
        result: { items: { postId: string; text: string }[] };
      };
      return reply.result.items.map((item) => [item.postId, item.text]);
    })
    .toEqual([[LAST_ID, 'Ma #bouilloire fuit depuis hier, que faire ?']]);
});

test('in a long feed, a comment box gets its identity badge when the user focuses it, not while they read', async ({
  context,
}) => {
  const page = await openFixture(context, 'https://www.linkedin.com/feed/', 'linkedin/feed.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'linkedin');
  // 400 posts, each with its comment box (LinkedIn's legacy feed shows one per post).
  await page.evaluate(async () => {
    const first = document.querySelector<HTMLElement>('div.feed-shared-update-v2[data-urn]');
    const list = first?.parentElement;
    if (!first || !list) throw new Error('no feed post');
    for (let batch = 0; batch < 8; batch += 1) {
      const fragment = document.createDocumentFragment();
      for (let n = 0; n < 50; n += 1) {
        const copy = first.cloneNode(true) as HTMLElement;
        copy.dataset.urn = `urn:li:activity:7${String(batch * 50 + n).padStart(18, '0')}`;
        copy.classList.add('bench-copy');
        fragment.append(copy);
      }
      list.append(fragment);
      await new Promise(requestAnimationFrame);
    }
  });
  const boxes = page.locator('.bench-copy .ql-editor');
  await expect(boxes).toHaveCount(400);
  const badges = page.getByTestId('guard-badge');
  /** A badge sits on the box's top right corner, on screen. */
  const badgeOn = async (index: number) => {
    const box = await boxes.nth(index).boundingBox();
    const all = await badges.evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        return { right: rect.right, bottom: rect.bottom };
      }),
    );
    return all.some(
      (badge) => box && Math.abs(badge.right - (box.x + box.width)) < 4 && Math.abs(badge.bottom - box.y) < 6,
    );
  };

  // Reading far down the feed: closed boxes on screen, none focused, no badge.
  await boxes.nth(300).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(500);
  await expect(badges).toHaveCount(0);
  // The user clicks into a box: its badge appears before a word is typed.
  await boxes.nth(300).click();
  await expect.poll(() => badgeOn(300)).toBe(true);
  // A jump to the top and another box: it gets its badge too.
  await page.evaluate(() => window.scrollTo(0, 0));
  await boxes.nth(0).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await boxes.nth(0).click();
  await expect.poll(() => badgeOn(0)).toBe(true);
  // Scrolling down as a reader does, then back to the first box the user wrote in: its badge is
  // still on its corner.
  for (let step = 0; step < 12; step += 1) await page.mouse.wheel(0, 500);
  await boxes.nth(300).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect.poll(() => badgeOn(300)).toBe(true);
  await expect(badges).toHaveCount(1);
});

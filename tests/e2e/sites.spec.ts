import type { Page } from '@playwright/test';
import { expect, openFixture, test } from './support/extension';

/**
 * Each network, served at its real address from a fixture with the real editor library: the
 * content script must report the signed-in account and the posts on screen (side panel → Site
 * health), insert text that the editor's model holds, and the site's own submit must send it.
 */
interface SiteCase {
  network: string;
  url: string;
  fixture: string;
  handle: string;
  posts: number;
  /** data-fixture-id of the composer to insert into. */
  composer: string;
}

const CASES: SiteCase[] = [
  { network: 'X', url: 'https://x.com/home', fixture: 'x/feed.html', handle: '@acme', posts: 4, composer: 'x-home' },
  {
    network: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed.html',
    handle: '@marie-dupont-acme',
    posts: 3,
    composer: 'li-feed-comment',
  },
  {
    network: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed.sdui.html',
    handle: '@marie-dupont-acme',
    posts: 4,
    composer: 'li-sdui-comment-acme',
  },
  {
    network: 'Facebook',
    url: 'https://www.facebook.com/',
    fixture: 'facebook/feed.html',
    handle: '@100087654321012',
    posts: 5,
    composer: 'fb-feed-comment',
  },
  {
    network: 'Instagram',
    url: 'https://www.instagram.com/p/DAcme0001/',
    fixture: 'instagram/post.html',
    handle: '@acme.france',
    posts: 4,
    composer: 'ig-post-comment',
  },
  {
    network: 'YouTube',
    url: 'https://www.youtube.com/watch?v=acmeLaunch01',
    fixture: 'youtube/post.html',
    handle: '@mariedupont',
    posts: 3,
    composer: 'yt-reply',
  },
  {
    network: 'YouTube',
    url: 'https://studio.youtube.com/channel/UCacmeBrandChannel000001/comments',
    fixture: 'youtube/studio.html',
    handle: '@UCacmeBrandChannel000001',
    posts: 3,
    composer: 'studio-reply-tom',
  },
  {
    network: 'Reddit',
    url: 'https://www.reddit.com/r/acme/comments/1abcde/launch/',
    fixture: 'reddit/post.html',
    handle: '@marie_dupont',
    posts: 4,
    composer: 'reddit-reply',
  },
  {
    network: 'Bluesky',
    url: 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lacme00001',
    fixture: 'bluesky/post.html',
    handle: '@acme.bsky.social',
    posts: 3,
    composer: 'bsky-reply',
  },
  {
    network: 'Threads',
    url: 'https://www.threads.com/@tombaker/post/DAcmeThr01',
    fixture: 'threads/post.html',
    handle: '@marie.dupont',
    posts: 3,
    composer: 'threads-reply',
  },
];

const EDITABLE = '[contenteditable="true"], textarea';

async function editableOf(page: Page, composerId: string) {
  const host = page.locator(`[data-fixture-id="${composerId}"]`);
  const inside = host.locator(EDITABLE).first();
  return (await inside.count()) > 0 ? inside : host;
}

for (const site of CASES) {
  test(`${site.network} (${site.fixture}): account, posts, insertion and the site's own submit`, async ({
    context,
    openExtensionPage,
  }) => {
    const page = await openFixture(context, site.url, site.fixture);
    await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __fixture: { ready: boolean } }).__fixture.ready))
      .toBe(true);
    const editor = await editableOf(page, site.composer);
    await editor.click();
    const before = await page.evaluate((id) => {
      const fixture = (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture;
      const host = document.querySelector(`[data-fixture-id="${id}"]`);
      return host ? fixture.modelText(host) : null;
    }, site.composer);
    expect(before).not.toBeNull();

    const panel = await openExtensionPage('sidepanel.html?section=health');
    await expect(panel.getByTestId('health-tab')).toContainText(site.network);
    const identity = panel.locator('.capability').nth(0);
    await expect(identity).toContainText(site.handle);
    await expect(identity).toHaveClass(/is-ok/);
    await expect(panel.locator('.capability').nth(3)).toContainText(`${site.posts} found`);
    await expect(panel.locator('.capability').nth(1)).toHaveClass(/is-ok/);
    await expect(panel.locator('.capability').nth(2)).toHaveClass(/is-ok/);
    // The editor detected from the box itself, whatever the adapter assumed.
    const kind = await page.locator(`[data-fixture-id="${site.composer}"]`).getAttribute('data-fixture-editor');
    const detected = { tiptap: 'prosemirror', 'react-textarea': 'textarea' }[kind ?? ''] ?? kind ?? '';
    await expect(panel.locator('.capability', { hasText: 'Editors detected' })).toContainText(detected);

    await panel.getByRole('button', { name: 'Test text insertion' }).click();
    await expect(panel.getByTestId('health-notice')).toContainText('Inserted');
    const sample = 'CM Companion test — merci, à bientôt 🙏\nSecond line';
    const model = await page.evaluate((id) => {
      const fixture = (window as unknown as { __fixture: { modelText(el: Element): string | null } }).__fixture;
      return fixture.modelText(document.querySelector(`[data-fixture-id="${id}"]`) as Element);
    }, site.composer);
    expect(model).toBe(`${before}${sample}`);

    await page.bringToFront();
    await page.locator(`[data-fixture-submit="${site.composer}"]`).first().click();
    const sent = await page.evaluate(() => (window as unknown as { __fixture: { sent: string[] } }).__fixture.sent);
    expect(sent.at(-1)).toBe(model);
  });
}

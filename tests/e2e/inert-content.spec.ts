import type { Page } from '@playwright/test';
import { expect, sendFromPage, test } from './support/extension';

/**
 * Guarantee: captured content is inert everywhere it is shown. A post whose text, author and
 * links carry payloads that would set a global if run is captured, then shown in the side panel
 * (list and detail) and the popup: the text is visible as typed, the global stays unset, and no
 * element or link from the payload exists.
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

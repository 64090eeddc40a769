import type { Page } from '@playwright/test';
import { casesOf, loadNetworkCases } from '../network-cases';
import { expect, openFixture, test } from './support/extension';

/**
 * Each network, served at its real address from a fixture with the real editor library: the
 * content script must report the signed-in account and the posts on screen (side panel → Site
 * health), insert text that the editor's model holds, and the site's own submit must send it.
 */
/** Every network's site cases (tests/fixtures/<network>/cases.ts). */
const CASES = casesOf('site', await loadNetworkCases());

const EDITABLE = '[contenteditable="true"], textarea';

async function editableOf(page: Page, composerId: string) {
  const host = page.locator(`[data-fixture-id="${composerId}"]`);
  const inside = host.locator(EDITABLE).first();
  return (await inside.count()) > 0 ? inside : host;
}

for (const site of CASES) {
  test(`${site.title} (${site.fixtureName}): account, posts, insertion and the site's own submit`, async ({
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
    await expect(panel.getByTestId('health-tab')).toContainText(site.network.label);
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

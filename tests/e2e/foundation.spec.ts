import {
  expect,
  extensionWorker,
  launchWithExtension,
  openFixture,
  sendFromPage,
  stopServiceWorkers,
  test,
} from './support/extension';

const capture = {
  network: 'x',
  postId: '1851234567890123456',
  permalink: 'https://x.com/marie_dupont/status/1851234567890123456',
  authorName: 'Marie Dupont',
  authorHandle: '@marie_dupont',
  authorUrl: 'https://x.com/marie_dupont',
  text: 'Ma commande n’est toujours pas arrivée 📦\nVous pouvez vérifier ?',
  publishedAt: '2026-11-25T09:30:00.000Z',
  pageUrl: 'https://x.com/home',
};

test('the content script boots on a network page and tells the background', async ({ context, worker }) => {
  const page = await openFixture(context, 'https://x.com/home', 'blank.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', 'x');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion-locale', 'en');
  expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
});

test('a setting changed in the side panel shows at once in the popup and the page', async ({
  context,
  openExtensionPage,
}) => {
  const site = await openFixture(context, 'https://x.com/home', 'blank.html');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  const panel = await openExtensionPage('sidepanel.html');

  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Brand name').fill('Acme');
  await panel.getByLabel('Brand name').press('Tab');
  await expect(popup.getByTestId('popup-brand')).toHaveText('Brand: Acme');

  await panel.getByLabel('Language').selectOption('fr');
  await expect(panel.getByRole('tab', { name: 'Réglages' })).toBeVisible();
  await expect(
    popup
      .getByRole('heading', { name: 'Aujourd’hui', exact: true })
      .or(popup.getByRole('heading', { name: "Aujourd'hui", exact: true })),
  ).toBeVisible();
  await expect(popup.getByTestId('popup-brand')).toHaveText('Marque : Acme');
  await expect(site.locator('html')).toHaveAttribute('data-cm-companion-locale', 'fr');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a capture appears live in the side panel and the popup counts it', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('heading', { name: 'No conversation captured yet' })).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('popupCapturedToday')).toHaveText('0');

  expect(await sendFromPage(popup, 'captureToInbox', capture)).toMatchObject({ ok: true, result: { created: true } });
  await expect(panel.locator('.inbox-item')).toHaveCount(1);
  await expect(panel.locator('.inbox-item__text')).toHaveText(capture.text);
  await expect(popup.getByTestId('popupCapturedToday')).toHaveText('1');
  await expect(popup.getByTestId('popupNewItems')).toHaveText('1');

  // The same post captured again stays one item.
  expect(await sendFromPage(popup, 'captureToInbox', capture)).toMatchObject({ ok: true, result: { created: false } });
  await expect(panel.locator('.inbox-item')).toHaveCount(1);
});

test('the background refuses malformed messages and says why', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  expect(await sendFromPage(popup, 'captureToInbox', { ...capture, permalink: 'javascript:alert(1)' })).toMatchObject({
    ok: false,
    error: expect.stringContaining('permalink'),
  });
  expect(await sendFromPage(popup, 'dropEverything', {})).toMatchObject({ ok: false });
  expect(await sendFromPage(popup, 'pageHello', { network: 'x', url: 'https://x.com/' })).toMatchObject({
    ok: false,
    error: expect.stringContaining('not accepted from a page'),
  });
});

test('inbox data survives a service-worker stop and a browser restart', async ({ userDataDir }) => {
  const first = await launchWithExtension(userDataDir);
  const worker = await extensionWorker(first);
  const id = new URL(worker.url()).host;
  const page = await first.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  expect(await sendFromPage(page, 'captureToInbox', capture)).toMatchObject({ ok: true });

  // Resolves only once DevTools reports the worker stopped.
  await stopServiceWorkers(page);
  // The next message wakes a fresh worker, which reads everything back from IndexedDB.
  const afterStop = (await sendFromPage(page, 'listInbox', { limit: 10 })) as { result: { items: unknown[] } };
  expect(afterStop.result.items).toEqual([expect.objectContaining({ postId: capture.postId, text: capture.text })]);
  await first.close();

  // After a restart the worker only starts when something needs it: the side panel's first query.
  const second = await launchWithExtension(userDataDir);
  const again = await second.newPage();
  await again.goto(`chrome-extension://${id}/sidepanel.html`);
  await expect(again.locator('.inbox-item__text')).toHaveText(capture.text);
  await second.close();
});

test('every command has a default shortcut, listed in Settings', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html?section=settings');
  const shortcuts = panel.locator('.shortcuts kbd');
  await expect(shortcuts).toHaveText(['Alt+Shift+K', 'Alt+Shift+S', 'Alt+Shift+Y']);
  await expect(panel.locator('.shortcuts dd')).toHaveText([
    'Capture the post under the pointer to the inbox',
    'Open the side panel',
    'Open the reply template picker in the focused reply box',
  ]);
});

test('the toolbar button opens the popup or the side panel, as chosen in Settings', async ({
  openExtensionPage,
  worker,
}) => {
  const behaviour = () =>
    worker.evaluate(async () => ({
      popup: await chrome.action.getPopup({}),
      panelOnClick: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick,
    }));
  await expect.poll(behaviour).toEqual({ popup: expect.stringMatching(/\/popup\.html$/), panelOnClick: false });
  const panel = await openExtensionPage('sidepanel.html?section=settings');
  await panel.getByLabel('The side panel').check();
  await expect.poll(behaviour).toEqual({ popup: '', panelOnClick: true });
  await panel.getByLabel('The summary popup').check();
  await expect.poll(behaviour).toEqual({ popup: expect.stringMatching(/\/popup\.html$/), panelOnClick: false });
});

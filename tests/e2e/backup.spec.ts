import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { testDateTime } from './support/clock';
import { expect, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Settings → Backup and restore in the real extension: the file holds every store and item;
 * export → wipe → import gives back identical data; a hostile file changes nothing.
 */

/** Everything a backup holds, read in the worker: storage items (no change tokens) and the three stores. */
function everything(worker: Worker) {
  return worker.evaluate(async () => {
    const stored = await chrome.storage.local.get(null);
    for (const key of Object.keys(stored)) if (key.startsWith('dbRevision.')) delete stored[key];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cm-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const result = { stored, inbox: await all('inbox'), posts: await all('posts'), events: await all('events') };
    db.close();
    return result;
  });
}

function wipe(worker: Worker) {
  return worker.evaluate(async () => {
    await chrome.storage.local.clear();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cm-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['inbox', 'posts', 'events'], 'readwrite');
    for (const name of ['inbox', 'posts', 'events']) tx.objectStore(name).clear();
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  });
}

async function fill(panel: Page) {
  const capture = (postId: string, text: string) => ({
    network: 'x',
    postId,
    permalink: `https://x.com/marie/status/${postId}`,
    authorName: 'Marie <img src=x onerror="window.__pwned=1">',
    authorHandle: '@marie',
    authorUrl: 'https://x.com/marie',
    text,
    pageUrl: 'https://x.com/home',
  });
  const day = testDateTime().plus({ days: 2 }).toISODate();
  const replies = [
    await sendFromPage(panel, 'captureToInbox', capture('1', 'Bonjour <script>window.__pwned=1</script>')),
    await sendFromPage(panel, 'captureToInbox', capture('2', 'Livraison en retard ?')),
    await sendFromPage(panel, 'saveCalendarEntry', {
      entry: {
        title: 'Soldes',
        text: 'Texte',
        networks: ['x'],
        localDateTime: `${day}T21:00`,
        timeZone: 'Europe/Paris',
      },
    }),
    await sendFromPage(panel, 'saveTemplate', {
      id: null,
      draft: {
        name: 'Merci',
        body: 'Merci {author.firstName} !',
        shortcut: 'merci',
        tags: [],
        networks: [],
        language: 'fr',
      },
    }),
    await sendFromPage(panel, 'saveAccount', { account: { id: 'acc', network: 'x', handle: 'acme', role: 'brand' } }),
  ];
  for (const reply of replies) expect(reply).toMatchObject({ ok: true });
}

test('export → wipe → import gives identical data; a hostile file changes nothing', async ({
  openExtensionPage,
  worker,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  await fill(panel);
  const before = await everything(worker);
  expect(before.inbox).toHaveLength(2);
  expect(before.posts).toHaveLength(1);

  await panel.getByRole('tab', { name: 'Settings' }).click();
  const section = panel.getByTestId('backup-settings');
  await section.scrollIntoViewIfNeeded();
  const download = panel.waitForEvent('download');
  await section.getByRole('button', { name: 'Download a backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`cm-companion-backup-${testDateTime().toISODate()}.json`);
  await expect(section.getByTestId('backup-outcome')).toContainText(
    'Inbox: 2, calendar: 1, templates: 13, accounts: 1.',
  );
  const json = readFileSync((await file.path()) ?? '', 'utf8');

  await wipe(worker);
  expect((await everything(worker)).inbox).toEqual([]);
  const input = section.locator('input[name="backupImport"]');
  await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(section.getByTestId('backup-outcome')).toContainText(
    'Restored. Added: inbox 2, calendar 1, templates 13, accounts 1',
  );
  expect(await everything(worker)).toEqual(before);

  // A file with a prototype key and a javascript: link: refused with its path, nothing stored.
  const hostile = JSON.parse(json);
  hostile.stores.inbox[0].permalink = 'javascript:alert(1)';
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const outcome = section.getByTestId('backup-outcome');
  await expect(outcome).toContainText('This file cannot be restored. Nothing was changed.');
  await expect(outcome).toContainText('stores.inbox[0].permalink');
  const polluted = json.replace('"items":{', '"items":{"__proto__":{"polluted":true},');
  await input.setInputFiles({ name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(polluted) });
  await expect(outcome).toContainText('the key "__proto__" is not allowed');
  expect(await everything(worker)).toEqual(before);
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await screenshot(section, { path: 'test-results/backup-settings.png' });
});

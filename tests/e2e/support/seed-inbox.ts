import type { Worker } from '@playwright/test';
import { testNow } from './clock';

/** Writes `count` inbox items straight into the extension's IndexedDB, in one transaction. */
export async function seedMany(worker: Worker, count: number) {
  await worker.evaluate(
    async ({ total, now }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('cm-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('inbox', 'readwrite');
      const start = now - total * 60_000;
      for (let index = 0; index < total; index++) {
        const id = `bulk-${String(index).padStart(5, '0')}`;
        tx.objectStore('inbox').put({
          id,
          key: `x:${id}`,
          network: 'x',
          postId: id,
          permalink: `https://x.com/someone/status/${index}`,
          authorName: `Author ${index}`,
          authorHandle: `@author${index}`,
          authorUrl: '',
          text: `Mention number ${index}`,
          pageUrl: 'https://x.com/home',
          kind: 'post',
          capturedAt: start + index * 60_000,
          updatedAt: start,
          status: 'new',
          tags: [],
        });
      }
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
      await chrome.storage.local.set({ 'dbRevision.inbox': crypto.randomUUID() });
    },
    { total: count, now: testNow() },
  );
}

import { sendFromPage, test } from '../e2e/support/extension';
import { seedMany } from '../e2e/support/seed-inbox';

/** Figures only: the background's queries at 100,000 items in Chromium (npm run bench:browser). */
test('100,000 items: query figures in Chromium', async ({ openExtensionPage, worker }) => {
  test.setTimeout(180_000);
  const panel = await openExtensionPage('popup.html');
  await seedMany(worker, 100_000);
  const measure = async (label: string, query: Record<string, unknown>, offset = 0) => {
    const start = Date.now();
    const reply = (await sendFromPage(panel, 'queryInbox', { query, offset, limit: 100 })) as {
      result: { total: number };
    };
    const first = Date.now() - start;
    const again = Date.now();
    await sendFromPage(panel, 'queryInbox', { query, offset: offset + 100, limit: 100 });
    console.log(
      `100k ${label.padEnd(30)} matches ${String(reply.result.total).padStart(6)}  first window ${String(first).padStart(5)} ms  next window ${String(Date.now() - again).padStart(4)} ms`,
    );
  };
  // The first read after a 100,000-item write pays for the database settling: measure apart.
  const settle = Date.now();
  await sendFromPage(panel, 'listInbox', { limit: 1 });
  console.log(`100k first read after seeding: ${Date.now() - settle} ms`);
  await measure('unfiltered, newest', {});
  await measure('unfiltered, offset 99,000', {}, 99_000);
  await measure('open statuses', { statuses: ['new', 'to-answer', 'answered'] });
  await measure('network x + search', { network: 'x', search: 'number 12' });
  await measure('full-text search', { search: 'mention 5' });
  await measure('sort by author', { sort: 'author' });
});

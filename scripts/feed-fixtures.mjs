// The growing feeds both feed benches use (scripts/bench-feed.mjs, scripts/bench-feed-trace.mjs):
// the X and LinkedIn fixtures served at their real addresses, growing by 50 copies of their first
// post each time the reader nears the bottom (tests/bench-browser/grow-feed.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');

export const FEEDS = {
  x: { url: 'https://x.com/home', fixture: 'x/feed.html', selector: 'div[data-testid="cellInnerDiv"]:has(article)' },
  linkedin: {
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed.html',
    selector: 'div.feed-shared-update-v2[data-urn]',
  },
};

/** Tracked keywords from BENCH_KEYWORDS ("commande,livraison" is in every post of both feeds). */
export const benchKeywords = () => (process.env.BENCH_KEYWORDS ?? '').split(',').filter(Boolean);

/** Serves the feed `name`, set to grow to `posts` posts, and what its page loads, in `context`. */
export async function routeFeed(context, name, posts) {
  const feed = FEEDS[name];
  const config = JSON.stringify({ selector: feed.selector, batch: 50, max: posts }).replaceAll('"', '&quot;');
  const body = readFileSync(join(FIXTURES, feed.fixture), 'utf8').replace(
    '</body>',
    `<script src="/__bench__/grow.js" data-config="${config}"></script></body>`,
  );
  const script = (path) => (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(ROOT, path), 'utf8') });
  await context.route(feed.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await context.route('**/__fixture__/editors.js', script('tests/fixtures/editors/dist/editors.js'));
  await context.route('**/__bench__/grow.js', script('tests/bench-browser/grow-feed.js'));
  return feed.url;
}

/** The extension of `context` tracks these keywords (its stored capture settings). */
export async function trackKeywords(context, keywords) {
  if (keywords.length === 0) return;
  await context
    .serviceWorkers()[0]
    .evaluate((words) => chrome.storage.local.set({ captureSettings: { keywords: words } }), keywords);
}

/** Scrolls to the bottom, frame after frame, until the feed holds `max` posts. */
export function scrollFeedTo(tab, max) {
  return tab.evaluate(async (max) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    while (window.__benchPosts() < max) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frame();
    }
    await frame();
  }, max);
}

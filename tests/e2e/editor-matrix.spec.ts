/**
 * The insertion matrix: every editor library mounted under X's, LinkedIn's, Facebook's and
 * Bluesky's markup (the site's attributes, the library's own marks), driven through the `;;`
 * picker with the keyboard in the built extension. Per case: the model holds the exact template
 * (multi-line, emoji), the trigger is gone, the DOM shows the model, a typed key lands at the
 * caret, Ctrl+Z returns to the text before the trigger and never past it, the site's own submit
 * sends the model; Site health names the detected editor. Then an editor that swallows every
 * event: the message, the clipboard, the box exactly as typed. One browser for all cases.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/extension';
import { screenshot } from './support/screenshot';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const BUNDLE = readFileSync(join(FIXTURES, 'editors/dist/editors.js'), 'utf8');

interface Site {
  name: string;
  url: string;
  fixture: string;
  composer: string;
}

const SITES: Site[] = [
  { name: 'x', url: 'https://x.com/marie/status/1850000000000000001', fixture: 'x/post.html', composer: 'x-reply' },
  {
    name: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed.html',
    composer: 'li-feed-comment',
  },
  { name: 'facebook', url: 'https://www.facebook.com/', fixture: 'facebook/feed.html', composer: 'fb-feed-comment' },
  {
    name: 'bluesky',
    url: 'https://bsky.app/profile/marie-dupont.bsky.social/post/3lacme00001',
    fixture: 'bluesky/post.html',
    composer: 'bsky-reply',
  },
];

/** Fixture editor kind → the editor the extension must detect. */
const EDITORS: Record<string, string> = {
  draftjs: 'draftjs',
  lexical: 'lexical',
  quill: 'quill',
  tiptap: 'prosemirror',
  slate: 'slate',
  ckeditor5: 'ckeditor5',
  'react-textarea': 'textarea',
  contenteditable: 'contenteditable',
};

const BODY = 'Merci beaucoup 🙏🏽\nÀ très bientôt !';
const TEMPLATE = {
  id: 'e2e-matrix',
  name: 'Matrix thanks',
  shortcut: 'tmatrix',
  body: BODY,
  tags: [],
  networks: [],
  language: 'any',
  useCount: 0,
  lastUsedAt: null,
  createdAt: 1,
  updatedAt: 1,
};
const PICKER = 'cm-companion-template-picker .picker';

type FixtureWindow = Window & {
  __fixture: { ready: boolean; sent: string[]; errors: string[]; modelText(el: Element): string | null };
};

let context: BrowserContext;
let worker: Worker;
let profile: string;
/** Per case: technique that verified and the extension's time from insertion start to model. */
const figures: string[] = [];

async function seed(language: 'en' | 'fr') {
  await expect
    .poll(() => worker.evaluate(async () => Array.isArray((await chrome.storage.local.get('templates')).templates)))
    .toBe(true);
  await worker.evaluate(
    async ([template, lang]) => {
      const stored = ((await chrome.storage.local.get('templates')).templates as { id: string }[]) ?? [];
      await chrome.storage.local.set({
        templates: [template, ...stored.filter((t) => t.id !== template.id)],
        settings: { language: lang, theme: 'auto', brandName: 'Acme', toolbarOpens: 'popup', mastodonInstances: [] },
      });
    },
    [TEMPLATE, language] as const,
  );
}

test.beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'cmc-matrix-'));
  context = await launchWithExtension(profile);
  worker = await extensionWorker(context);
  await seed('en');
});

test.afterAll(async () => {
  console.log(`insertion matrix (site / library: technique, ms to model)\n${figures.join('\n')}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The site's fixture with its reply box built by another editor library. */
async function openWith(site: Site, kind: string): Promise<Page> {
  const html = readFileSync(join(FIXTURES, site.fixture), 'utf8').replace(
    new RegExp(`data-fixture-editor="[^"]*"(\\s+data-fixture-id="${site.composer}")`),
    `data-fixture-editor="${kind}"$1`,
  );
  expect(html).toContain(`data-fixture-editor="${kind}" data-fixture-id="${site.composer}"`);
  const page = await context.newPage();
  await page.route(site.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.route('**/__fixture__/editors.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: BUNDLE }),
  );
  await page.goto(site.url);
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  await expect.poll(() => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.ready)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.errors)).toEqual([]);
  return page;
}

function model(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (composer) =>
      (window as unknown as FixtureWindow).__fixture.modelText(
        document.querySelector(`[data-fixture-id="${composer}"]`) as Element,
      ),
    id,
  );
}

/**
 * What the box shows: a textarea's value, or the editable's lines (innerText puts a blank line
 * between paragraphs with margins; the template has no blank line, so runs of breaks are one).
 */
function shown(page: Page, id: string): Promise<string> {
  return page.evaluate((composer) => {
    const host = document.querySelector(`[data-fixture-id="${composer}"]`) as HTMLElement;
    const box = (
      host.matches('[contenteditable="true"], textarea')
        ? host
        : host.querySelector('[contenteditable="true"], textarea')
    ) as HTMLElement;
    if (box instanceof HTMLTextAreaElement) return box.value;
    // biome-ignore lint/performance/useDomNodeTextContent: line breaks between blocks matter.
    return box.innerText
      .replace(/\u00a0/g, ' ')
      .replace(/\n+/g, '\n')
      .replace(/\n$/, '');
  }, id);
}

async function editable(page: Page, id: string) {
  const host = page.locator(`[data-fixture-id="${id}"]`);
  const inside = host.locator('[contenteditable="true"], textarea').first();
  return (await inside.count()) > 0 ? inside : host;
}

async function health(url: string) {
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error('tab not found');
    return chrome.tabs.sendMessage(tab.id, { type: 'siteHealth', data: {} });
  }, url) as Promise<{
    composers: { editors: string[] };
    insertFailures: { editor: string; tried: string[] }[];
    insertions: { ok: boolean; editor: string; tried: string[]; ms?: number }[];
  }>;
}

/** Types `Hi `, then the trigger and the shortcut, and chooses with Enter. */
async function insertThroughPicker(page: Page, site: Site) {
  await (await editable(page, site.composer)).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Hi ');
  await expect.poll(() => model(page, site.composer)).toMatch(/Hi $/);
  const before = (await model(page, site.composer)) ?? '';
  await page.keyboard.type(';;tmatrix');
  const picker = page.locator(PICKER);
  await expect(picker.getByRole('option').first()).toContainText('Matrix thanks');
  await page.keyboard.press('Enter');
  return before;
}

for (const site of SITES) {
  for (const [kind, detected] of Object.entries(EDITORS)) {
    test(`${kind} under ${site.name}'s markup: ;; inserts into the model, caret, undo and submit`, async () => {
      const page = await openWith(site, kind);
      try {
        const before = await insertThroughPicker(page, site);
        await expect.poll(() => model(page, site.composer)).toBe(`${before}${BODY}`);
        await expect(page.locator(PICKER)).toHaveCount(0);
        expect(await shown(page, site.composer)).toBe(`${before}${BODY}`);
        const report = await health(site.url);
        expect(report.composers.editors).toContain(detected);
        const last = report.insertions.at(-1);
        expect(last).toMatchObject({ ok: true, editor: detected });
        figures.push(`${site.name} / ${kind}: ${last?.tried.join(' → ')}, ${last?.ms} ms`);

        // A typed key lands at the caret, after the insertion; the site's own submit sends the model.
        await page.keyboard.type('!');
        await expect.poll(() => model(page, site.composer)).toBe(`${before}${BODY}!`);
        await page.locator(`[data-fixture-submit="${site.composer}"]:not(form)`).first().click();
        const sent = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.sent);
        expect(sent.at(-1)).toBe(`${before}${BODY}!`);
        await expect.poll(() => model(page, site.composer)).toBe('');

        // Again, then undo: one or two Ctrl+Z return to the text before the trigger, never past it.
        const again = await insertThroughPicker(page, site);
        await expect.poll(() => model(page, site.composer)).toBe(`${again}${BODY}`);
        const allowed = [`${again};;tmatrix`, again];
        for (let press = 0; press < 2 && !allowed.includes((await model(page, site.composer)) ?? ''); press++) {
          await page.keyboard.press('Control+z');
          await expect.poll(() => model(page, site.composer)).not.toBe(`${again}${BODY}`);
        }
        await page.waitForTimeout(100);
        expect(allowed).toContain(await model(page, site.composer));
      } finally {
        await page.close();
      }
    });
  }
}

for (const [site, language] of [
  [SITES[0] as Site, 'en'],
  [SITES[2] as Site, 'fr'],
] as const) {
  test(`an editor that swallows every event under ${site.name}'s markup (${language}): message, clipboard, box as typed`, async () => {
    await seed(language);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await openWith(site, 'deaf');
    try {
      await (await editable(page, site.composer)).click();
      await page.keyboard.type('Hi ;;tmatrix');
      await expect.poll(() => model(page, site.composer)).toBe('Hi ;;tmatrix');
      await expect(page.locator(PICKER).getByRole('option').first()).toContainText('Matrix thanks');
      await page.keyboard.press('Enter');
      const notice = page.getByTestId('insert-failure');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(language === 'fr' ? 'n’a pas accepté' : 'did not take the template');
      await expect(notice).toContainText('Ctrl+V');
      await expect(page.locator(PICKER)).toHaveCount(0);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(BODY);
      expect(await model(page, site.composer)).toBe('Hi ;;tmatrix');
      expect(await shown(page, site.composer)).toBe('Hi ;;tmatrix');
      // Nothing is left selected: the next key cannot replace what the user typed.
      expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
      const report = await health(site.url);
      expect(report.insertFailures).toEqual([{ editor: 'contenteditable', tried: ['execCommand'] }]);
      await screenshot(page, { path: `tests/.artifacts/screenshots/insert-failure-${language}.png` });
    } finally {
      await page.close();
      await seed('en');
    }
  });
}

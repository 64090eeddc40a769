import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type CouchServer, startCouchServer } from '../couch/server';
import { testDateTime, testNow } from './support/clock';
import { expect, extensionWorker, launchWithExtension, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Two community managers, two browser profiles, one CouchDB-protocol server started here
 * (tests/couch/server.ts): everything they share goes through it, and nothing is lost when they
 * work offline or when the server goes down in the middle of a replication.
 */
const DB = 'brand-team';
/** The first post of the X feed fixture (tests/fixtures/x/feed.html). */
const FIXTURE_POST = '1861000000000000101';
const PASSWORDS = { lea: 'lea-secret-password', tom: 'tom-secret-password' };

interface Cm {
  context: BrowserContext;
  worker: Worker;
  panel: Page;
  dir: string;
}

async function openCm(): Promise<Cm> {
  const dir = mkdtempSync(join(tmpdir(), 'cmc-team-'));
  const context = await launchWithExtension(dir);
  const worker = await extensionWorker(context);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html?section=settings`);
  return { context, worker, panel, dir };
}

async function fillTeam(panel: Page, url: string, user: string, password: string) {
  const form = panel.getByTestId('team-settings');
  await form.getByLabel('Server address').fill(url);
  await form.getByLabel('Team database').fill(DB);
  await form.getByLabel('User name').fill(user);
  await form.getByLabel('Password', { exact: true }).fill(password);
}

const capture = (postId: string, text: string) => ({
  network: 'x',
  postId,
  permalink: `https://x.com/client/status/${postId}`,
  authorName: 'A client',
  authorHandle: '@client',
  authorUrl: '',
  text,
  pageUrl: 'https://x.com/home',
  kind: 'post',
  capturedAt: testNow(),
});

type Item = { id: string; key: string; status: string; assignee?: string; notes?: string; tags: string[] };

async function itemsOf(cm: Cm): Promise<Item[]> {
  const { result } = (await sendFromPage(cm.panel, 'queryInboxIds', { query: {} })) as { result: { ids: string[] } };
  const items: Item[] = [];
  for (let at = 0; at < result.ids.length; at += 500) {
    const ids = result.ids.slice(at, at + 500);
    const reply = (await sendFromPage(cm.panel, 'getInboxItems', { ids })) as { result: { items: Item[] } };
    items.push(...reply.result.items);
  }
  return items;
}

async function itemByKey(cm: Cm, key: string): Promise<Item | undefined> {
  return (await itemsOf(cm)).find((item) => item.key === key);
}

type StoredTemplate = { id: string; name: string; body: string; team?: boolean };

async function templatesOf(cm: Cm): Promise<StoredTemplate[]> {
  const stored = (await cm.worker.evaluate(() => chrome.storage.local.get('templates'))) as {
    templates?: StoredTemplate[];
  };
  return stored.templates ?? [];
}

async function syncNow(cm: Cm) {
  await sendFromPage(cm.panel, 'teamSyncNow', {});
}

let couch: CouchServer;
let lea: Cm;
let tom: Cm;

test.beforeAll(async () => {
  couch = await startCouchServer();
  await couch.addUser('lea', PASSWORDS.lea);
  await couch.addUser('tom', PASSWORDS.tom);
  await couch.addDatabase(DB, ['lea', 'tom']);
});

test.afterAll(async () => {
  for (const cm of [lea, tom]) {
    await cm?.context.close();
    if (cm) rmSync(cm.dir, { recursive: true, force: true });
  }
  await couch?.stop();
});

test('two CMs share one inbox through the team’s server, offline edits merge, nothing is lost', async () => {
  test.setTimeout(120_000);
  [lea, tom] = await Promise.all([openCm(), openCm()]);

  // Settings → Team: precise messages for a server that does not answer and a wrong password.
  const team = lea.panel.getByTestId('team-settings');
  await fillTeam(lea.panel, 'http://127.0.0.1:9', 'lea', PASSWORDS.lea);
  await team.getByRole('button', { name: 'Test connection' }).click();
  await expect(team.getByRole('alert')).toHaveText(/does not answer at this address/);
  await fillTeam(lea.panel, couch.url, 'lea', 'not-her-password');
  await team.getByRole('button', { name: 'Test connection' }).click();
  await expect(team.getByRole('alert')).toHaveText('Wrong user name or password.');
  await fillTeam(lea.panel, couch.url, 'lea', PASSWORDS.lea);
  await team.getByRole('button', { name: 'Test connection' }).click();
  await expect(team.getByRole('status').last()).toHaveText('The server answers and lea can use this database.');
  await screenshot(lea.panel, { path: 'docs/screenshots/team-settings.png' });
  await team.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(team.getByTestId('team-connected')).toHaveText(`Connected to ${couch.url} / ${DB} as lea.`);

  // A capture Léa had before joining the team goes up with her.
  await sendFromPage(lea.panel, 'captureToInbox', capture('100', 'Captured before the team existed'));
  await fillTeam(tom.panel, couch.url, 'tom', PASSWORDS.tom);
  await tom.panel.getByTestId('team-settings').getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(tom.panel.getByTestId('team-state')).toHaveAttribute('data-state', 'idle');
  await screenshot(tom.panel, { path: 'docs/screenshots/team-connected.png' });

  // A capture in Léa's browser appears in Tom's side panel (live while it is open).
  await tom.panel.goto(tom.panel.url().replace('section=settings', 'section=inbox'));
  await sendFromPage(lea.panel, 'captureToInbox', capture('101', 'Where is my parcel? Order 4521'));
  await expect(tom.panel.getByText('Where is my parcel? Order 4521')).toBeVisible({ timeout: 15_000 });
  await expect(tom.panel.getByText('Captured before the team existed')).toBeVisible();

  // Tom takes it: Léa's browser knows who answers.
  const shared = (await itemByKey(tom, 'x:101')) as Item;
  await sendFromPage(tom.panel, 'updateInboxItems', {
    ids: [shared.id],
    patch: { assignee: 'tom', status: 'to-answer' },
  });
  await expect.poll(async () => (await itemByKey(lea, 'x:101'))?.assignee, { timeout: 15_000 }).toBe('tom');

  // On the post itself, in Léa's X tab: Tom is answering it (a post he did not take has no mark).
  await sendFromPage(lea.panel, 'captureToInbox', {
    ...capture(FIXTURE_POST, 'A post of the X feed'),
    permalink: `https://x.com/acme/status/${FIXTURE_POST}`,
  });
  await expect.poll(async () => (await itemByKey(tom, `x:${FIXTURE_POST}`))?.id).toBeTruthy();
  const onX = (await itemByKey(tom, `x:${FIXTURE_POST}`)) as Item;
  await sendFromPage(tom.panel, 'updateInboxItems', { ids: [onX.id], patch: { assignee: 'tom', status: 'to-answer' } });
  const feed = await openFixture(lea.context, 'https://x.com/home', 'x/feed.html');
  // Marks are drawn for posts on screen only: Léa scrolls to the post (the feed starts below the fold).
  await feed.locator(`article:has(a[href*="/status/${FIXTURE_POST}"])`).first().scrollIntoViewIfNeeded();
  const marks = feed.locator('cm-companion-team .cmc-answering');
  await expect(marks).toHaveText(['tom is answering this'], { timeout: 15_000 });
  await expect(marks).toHaveAttribute('data-key', `x:${FIXTURE_POST}`);
  // Readable whole, not cut to its first letter.
  expect(await marks.evaluate((mark) => mark.clientWidth > 60 && mark.scrollWidth <= mark.clientWidth)).toBe(true);
  await screenshot(feed, { path: 'docs/screenshots/team-answering.png' });
  // Tom answers it: the mark goes from Léa's page.
  await sendFromPage(tom.panel, 'updateInboxItems', { ids: [onX.id], patch: { status: 'answered' } });
  await expect(marks).toHaveCount(0, { timeout: 15_000 });
  await feed.close();

  // "Assigned to me" in Tom's inbox: his item only.
  await tom.panel.getByRole('button', { name: 'Assigned to me' }).click();
  await expect(tom.panel.getByText('Captured before the team existed')).toBeHidden();
  await expect(tom.panel.getByText('Where is my parcel? Order 4521')).toBeVisible();
  await screenshot(tom.panel, { path: 'docs/screenshots/team-assigned-to-me.png' });

  // Team templates and the calendar travel too; a personal template stays on Léa's computer.
  const draft = { shortcut: '', tags: [], networks: [], language: 'any' };
  await sendFromPage(lea.panel, 'saveTemplate', {
    id: null,
    draft: { ...draft, name: 'Delivery delay', body: 'Sorry for the delay: your parcel leaves today.', team: true },
  });
  await sendFromPage(lea.panel, 'saveTemplate', { id: null, draft: { ...draft, name: 'Just mine', body: 'Personal' } });
  // The brand's account and its rules are the team's; Léa's personal account is not.
  const account = { network: 'x', displayName: '', label: '', colour: '#0b63ce', alwaysConfirm: false };
  const rules = { brandKeywords: ['acme'], neverWords: ['refund guaranteed'] };
  await sendFromPage(lea.panel, 'saveAccount', {
    account: { ...account, ...rules, id: 'acct-brand', handle: '@acme', role: 'brand' },
  });
  await sendFromPage(lea.panel, 'saveAccount', {
    account: { ...account, brandKeywords: [], neverWords: [], id: 'acct-lea', handle: '@lea_perso', role: 'personal' },
  });
  const launch = testDateTime().plus({ days: 3 }).set({ hour: 10, minute: 0 });
  await sendFromPage(lea.panel, 'saveCalendarEntry', {
    entry: {
      title: 'Launch post',
      text: 'We launch today',
      networks: ['x'],
      localDateTime: launch.toFormat("yyyy-MM-dd'T'HH:mm"),
      timeZone: 'UTC',
      status: 'scheduled',
    },
  });
  await expect
    .poll(async () => {
      const stored = (await tom.worker.evaluate(() => chrome.storage.local.get('templates'))) as {
        templates?: Array<{ name: string }>;
      };
      return (stored.templates ?? []).map((template) => template.name);
    })
    .toContain('Delivery delay');
  const tomTemplates = (await tom.worker.evaluate(() => chrome.storage.local.get('templates'))) as {
    templates: Array<{ name: string; team?: boolean }>;
  };
  expect(tomTemplates.templates.map((template) => template.name)).not.toContain('Just mine');
  const tomAccounts = async () =>
    ((await tom.worker.evaluate(() => chrome.storage.local.get('accounts'))) as { accounts?: object[] }).accounts ?? [];
  await expect.poll(tomAccounts).toEqual([expect.objectContaining({ id: 'acct-brand', role: 'brand', ...rules })]);
  await expect
    .poll(async () => {
      const reply = (await sendFromPage(tom.panel, 'listCalendar', {
        from: 0,
        to: launch.toMillis() + 86_400_000,
      })) as {
        result: { entries: Array<{ title: string }> };
      };
      return reply.result.entries.map((entry) => entry.title);
    })
    .toEqual(['Launch post']);

  // Both offline, both edit the same item: triage merges field by field, both notes are kept.
  await couch.stop();
  const leaId = ((await itemByKey(lea, 'x:101')) as Item).id;
  await sendFromPage(lea.panel, 'updateInboxItems', {
    ids: [leaId],
    patch: { notes: 'Called the client', tags: ['delivery'] },
  });
  await sendFromPage(tom.panel, 'updateInboxItems', {
    ids: [shared.id],
    patch: { notes: 'Refund sent', status: 'answered' },
  });
  // …and both rewrite the team template's text: both versions are kept until someone chooses.
  const delay = (await templatesOf(lea)).find((template) => template.name === 'Delivery delay') as StoredTemplate;
  const rewrite = (body: string) => ({ id: delay.id, draft: { ...draft, name: 'Delivery delay', body, team: true } });
  await sendFromPage(lea.panel, 'saveTemplate', rewrite('Léa: your parcel leaves tomorrow morning.'));
  await sendFromPage(tom.panel, 'saveTemplate', rewrite('Tom: your parcel is on its way.'));
  await couch.start();
  await syncNow(lea);
  await syncNow(tom);
  await syncNow(lea);
  for (const cm of [lea, tom]) {
    await expect
      .poll(async () => {
        const item = await itemByKey(cm, 'x:101');
        return item && { notes: item.notes, status: item.status, tags: item.tags, assignee: item.assignee };
      })
      .toEqual({ notes: 'Called the client\nRefund sent', status: 'answered', tags: ['delivery'], assignee: 'tom' });
  }

  // Léa sees "keep which?" with both texts, keeps Tom's: both computers have his text, no choice left.
  await lea.panel.goto(lea.panel.url().replace('section=settings', 'section=templates'));
  const choice = lea.panel.getByTestId('team-conflicts');
  await expect(choice.getByRole('heading')).toHaveText(/^Edited by (lea and tom|tom and lea) — keep which\?$/, {
    timeout: 15_000,
  });
  await expect(choice.getByText('Léa: your parcel leaves tomorrow morning.')).toBeVisible();
  await expect(choice.getByText('Tom: your parcel is on its way.')).toBeVisible();
  await expect(choice.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await screenshot(lea.panel, { path: 'docs/screenshots/team-keep-which.png' });
  await choice.getByRole('button', { name: 'Keep tom’s' }).click();
  await expect(choice).toBeHidden();
  for (const cm of [lea, tom]) {
    await expect
      .poll(async () => (await templatesOf(cm)).find((template) => template.id === delay.id)?.body, { timeout: 15_000 })
      .toBe('Tom: your parcel is on its way.');
    await expect
      .poll(async () => {
        const stored = (await cm.worker.evaluate(() => chrome.storage.local.get('team.conflicts'))) as {
          'team.conflicts'?: { conflicts: unknown[] };
        };
        return stored['team.conflicts']?.conflicts.length ?? 0;
      })
      .toBe(0);
  }

  // The server goes down in the middle of a replication of 300 captures, then comes back.
  const capturing = lea.panel.evaluate(async () => {
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    for (let index = 0; index < 300; index++) {
      await send.sendMessage({
        type: 'captureToInbox',
        data: {
          network: 'x',
          postId: `bulk-${index}`,
          permalink: `https://x.com/client/status/bulk-${index}`,
          authorName: 'Bulk',
          authorHandle: '@bulk',
          authorUrl: '',
          text: `Bulk mention ${index}`,
          pageUrl: 'https://x.com/home',
          kind: 'post',
        },
      });
    }
  });
  // Replication is debounced after writes: on a loaded machine the first documents take a while.
  await expect
    .poll(async () => (await couch.allDocs(DB)).length, { intervals: [50], timeout: 20_000 })
    .toBeGreaterThan(10);
  await couch.stop();
  await capturing;
  await couch.start();
  expect((await couch.allDocs(DB)).length).toBeLessThan(303);
  await syncNow(lea);
  await syncNow(tom);
  for (const cm of [lea, tom]) {
    await expect
      .poll(
        async () => {
          const items = await itemsOf(cm);
          return { count: items.length, keys: new Set(items.map((item) => item.key)).size };
        },
        { timeout: 20_000 },
      )
      .toEqual({ count: 303, keys: 303 });
  }
  const onServer = await couch.allDocs(DB);
  expect(onServer.filter((doc) => String(doc._id).startsWith('inbox:')).length).toBe(303);
  expect(onServer.filter((doc) => Array.isArray(doc._conflicts) && doc._conflicts.length > 0)).toEqual([]);

  // No credential in a backup export, nor anywhere a page can read it.
  const backup = (await sendFromPage(tom.panel, 'exportBackup', {})) as { result: { json: string } };
  expect(backup.result.json).toContain('Where is my parcel?');
  expect(backup.result.json).not.toContain(PASSWORDS.tom);
  const status = JSON.stringify(await sendFromPage(tom.panel, 'teamStatus', {}));
  expect(status).toContain('"user":"tom"');
  expect(status).not.toContain(PASSWORDS.tom);

  // Signing out removes the credentials; the inbox stays.
  await tom.panel.goto(tom.panel.url().replace('section=inbox', 'section=settings'));
  await tom.panel.getByTestId('team-settings').getByRole('button', { name: 'Sign out' }).click();
  await expect(tom.panel.getByTestId('team-outcome')).toHaveText(/Signed out/);
  const stored = await tom.worker.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain(PASSWORDS.tom);
  expect((await itemsOf(tom)).length).toBe(303);
});

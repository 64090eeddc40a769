/**
 * The in-page flows, on each network whose editor library differs: X (Draft.js), Facebook
 * (Lexical), LinkedIn (Quill), Bluesky (ProseMirror) and Mastodon (a granted server, textarea).
 * Written once; tests/e2e/flows.spec.ts runs them in Chromium, tests/firefox/flows.spec.ts in Firefox.
 */
import assert from 'node:assert/strict';
import { casesOf, type LoadedCases, loadNetworkCases } from '../network-cases';
import { settle, until, untilCount, untilText } from './checks';
import type { Flow, FlowBrowser } from './driver';
import {
  ask,
  choose,
  editableOf,
  markText,
  modelText,
  sentTexts,
  setUpSettings,
  siteReady,
  store,
} from './page-helpers';

/** The networks whose editors behave differently under each browser's input events. */
export const FLOW_NETWORKS = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon'] as const;

const PICKER = 'cm-companion-template-picker >>> .picker';
const PICKER_OPTION = `${PICKER} [role="option"]`;
const GUARD_DIALOG = 'cm-companion-guard-dialog >>> [data-testid="guard-dialog"]';
const GUARD_BADGE = 'cm-companion-guard-badges >>> [data-testid="guard-badge"]';
const CAPTURE_CONTROL = 'cm-companion-capture >>> .cmc-capture';
const CAPTURE_TOAST = 'cm-companion-capture >>> .cmc-toast';

/** The first case of a kind on each flow network (the classic layout where a network has several). */
function firstPerNetwork<T extends { network: { id: string } }>(cases: T[]): T[] {
  return FLOW_NETWORKS.flatMap((id) => cases.find((one) => one.network.id === id) ?? []);
}

/** Mastodon runs on servers the user adds: the flow adds the fixture's server as a user does. */
async function grantServerOf(browser: FlowBrowser, url: string, runsOnGrantedServers: boolean): Promise<void> {
  if (!runsOnGrantedServers) return;
  const panel = await browser.openExtensionPage('sidepanel.html?section=settings');
  await until('the Mastodon servers field', () => panel.count('input[name="mastodonHost"]'));
  await choose(panel, 'input[name="mastodonHost"]', new URL(url).hostname);
  await panel.click('form.inline-form:has(input[name="mastodonHost"]) button[type="submit"]');
  await untilCount(panel, '.chip', (n) => n === 1, 'the server listed');
  await panel.close();
}

function templateFlows(loaded: LoadedCases[]): Flow[] {
  return firstPerNetwork(casesOf('templates', loaded)).map((site) => ({
    title: `templates on ${site.title}: ;;thanks opens the picker, Enter inserts into the editor's model, the site sends it`,
    async run({ browser }) {
      const settings = await setUpSettings(browser, { brand: 'Acme' });
      await settings.close();
      await grantServerOf(browser, site.url, Boolean(site.network.runsOnGrantedServers));
      const page = await browser.openSite(site.url, site.fixture);
      await siteReady(page, site.network.id);
      const box = await editableOf(page, site.composer);
      await page.click(box);
      const before = (await modelText(page, site.composer)) ?? '';

      await page.type(';;than');
      await untilCount(page, PICKER, (n) => n === 1, 'the picker');
      await page.type('ks');
      await untilText(page, PICKER_OPTION, 'Thank you');
      await page.press('Enter');
      await untilCount(page, PICKER, (n) => n === 0, 'the picker to close');
      const inserted = await until(
        "the template in the editor's model",
        () => modelText(page, site.composer),
        (text) => Boolean(text?.includes('The whole Acme team is glad you enjoyed it.')),
      );
      assert.ok(inserted?.startsWith(`${before}Thank you so much`), `model: ${inserted}`);
      assert.ok(!inserted?.includes(';;'), 'the trigger is gone from the model');

      await page.click(`[data-fixture-submit="${site.composer}"]:not(form)`);
      const sent = await until(
        'the site to send',
        () => sentTexts(page),
        (texts) => texts.length > 0,
      );
      assert.equal(sent.at(-1), inserted);
    },
  }));
}

function account(network: string, handle: string, role: string, extra: Record<string, unknown> = {}) {
  return { id: `${network}-${handle}`, network, handle, displayName: '', role, ...extra };
}

function guardFlows(loaded: LoadedCases[]): Flow[] {
  return firstPerNetwork(casesOf('guard', loaded)).map((site) => ({
    title: `guard on ${site.title}: a personal account posting brand words is held (click and keyboard), released once`,
    async run({ browser, shots }) {
      const extension = await browser.openExtensionPage('popup.html');
      await store(extension, {
        accounts: [
          account(site.network.id, site.handle, 'personal'),
          account(site.network.id, 'acme-brand-account', 'brand', { brandKeywords: ['Acme'] }),
        ],
        accounts$: { v: 1 },
      });
      await grantServerOf(browser, site.url, Boolean(site.network.runsOnGrantedServers));
      const page = await browser.openSite(site.url, site.fixture);
      await siteReady(page, site.network.id);
      const box = await editableOf(page, site.composer);
      await page.click(box);
      await untilText(page, GUARD_BADGE, 'Personal');
      await page.type('Loving the new Acme kettle');
      const model = await until(
        'the typed text in the model',
        () => modelText(page, site.composer),
        (text) => Boolean(text?.includes('Acme kettle')),
      );
      const submit = `[data-fixture-submit="${site.composer}"]`;
      const sendByKeyboard = async () => {
        if (site.key === 'button') {
          await page.focus(submit);
          await page.press('Enter');
        } else {
          await page.focus(box);
          await page.press(site.key);
        }
      };

      // Keyboard: held; Escape cancels, the text stays.
      await sendByKeyboard();
      await untilText(page, GUARD_DIALOG, 'brand words');
      await page.screenshot(`${shots}/guard-dialog.png`);
      assert.deepEqual(await sentTexts(page), []);
      await page.press('Escape');
      await untilCount(page, GUARD_DIALOG, (n) => n === 0, 'the dialog to close');
      assert.equal(await modelText(page, site.composer), model);

      // Click: held; Send anyway releases the original submission exactly once.
      await page.click(submit);
      await untilCount(page, GUARD_DIALOG, (n) => n === 1, 'the dialog');
      assert.deepEqual(await sentTexts(page), []);
      await page.click(`${GUARD_DIALOG} .actions button:last-child`);
      await untilCount(page, GUARD_DIALOG, (n) => n === 0, 'the dialog to close');
      await until(
        'the site to send',
        () => sentTexts(page),
        (texts) => texts.length === 1,
      );
      await settle(300);
      assert.deepEqual(await sentTexts(page), [model]);
    },
  }));
}

function captureFlows(loaded: LoadedCases[]): Flow[] {
  return firstPerNetwork(casesOf('capture', loaded)).map((site) => ({
    title: `capture on ${site.title}: the control on hover captures the post, the open side panel shows it live`,
    async run({ browser }) {
      const panel = await browser.openExtensionPage('sidepanel.html?section=inbox');
      await grantServerOf(browser, site.url, Boolean(site.network.runsOnGrantedServers));
      const page = await browser.openSite(site.url, site.fixture);
      await siteReady(page, site.network.id);
      await page.hover(await markText(page, site.text, 'capture'));
      await untilCount(page, CAPTURE_CONTROL, (n) => n === 1, 'the capture control');
      await page.click(CAPTURE_CONTROL);
      await untilText(page, CAPTURE_TOAST, 'Captured to inbox');

      await untilText(panel, '.inbox-item', site.text);
      const { items } = await ask<{ items: { postId: string; text: string; status: string; pageUrl: string }[] }>(
        panel,
        'listInbox',
        { limit: 100 },
      );
      const item = items.find((stored) => stored.postId === site.id);
      assert.ok(item, `captured ${site.id}: ${JSON.stringify(items.map((stored) => stored.postId))}`);
      assert.equal(item.status, 'new');
      assert.equal(item.pageUrl, site.url);
      assert.ok(item.text.includes(site.text));
    },
  }));
}

/** Every in-page flow on the flow networks, from the networks' own case lists. */
export async function siteFlows(): Promise<Flow[]> {
  const loaded = await loadNetworkCases();
  return [...templateFlows(loaded), ...guardFlows(loaded), ...captureFlows(loaded)];
}

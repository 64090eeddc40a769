/**
 * Who Facebook will publish as. `CurrentUserInitialData` holds `USER_ID` (the acting profile:
 * the person, or a Page/profile they switched to) and `ACCOUNT_ID` (the person logged in); they
 * differ when acting as a Page. Read from the main-world bridge first, then from the same object
 * serialized in the page's module data, then from the profile link in the page chrome.
 */

import { SELECTORS } from '@/lib/sites/facebook/selectors';
import { profileHandle } from '@/lib/sites/facebook/urls';
import { asRecord, asText, parseJson } from '@/lib/sites/shared/json';
import { queryAll, queryFirst } from '@/lib/sites/shared/query';
import { firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { AccountLookup, PageState } from '@/lib/sites/types';

const MODULE = 'CurrentUserInitialData';

/** The account from page state, inline module data, then the DOM. */
export function findActiveAccount(doc: Document, pageState?: PageState): AccountLookup {
  const fromBridge = asRecord(pageState?.[MODULE]);
  if (fromBridge) return fromUserData(fromBridge, 'page:CurrentUserInitialData');
  const fromScript = userDataInScripts(doc);
  if (fromScript) return fromUserData(fromScript, 'page:inline-json CurrentUserInitialData');
  return fromProfileLink(doc);
}

function idText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : asText(value);
}

function fromUserData(data: Record<string, unknown>, source: string): AccountLookup {
  const userId = idText(data.USER_ID);
  const accountId = idText(data.ACCOUNT_ID);
  if (!userId || userId === '0') {
    return { account: null, reason: `facebook: ${MODULE} says nobody is signed in (USER_ID ${userId ?? 'missing'})` };
  }
  const acting = accountId !== undefined && accountId !== userId;
  return {
    account: {
      handle: userId,
      displayName: asText(data.NAME) ?? asText(data.SHORT_NAME) ?? userId,
      id: userId,
      source: acting ? `${source} (acting as a Page or profile: USER_ID ≠ ACCOUNT_ID ${accountId})` : source,
      ...(acting ? { actingAs: 'page' as const } : {}),
    },
  };
}

/**
 * The `<script type="application/json">` whose text names the module, parsed and walked to
 * the `["CurrentUserInitialData", [], {…}, id]` define entry. Other scripts are not parsed.
 */
export function userDataInScripts(doc: Document): Record<string, unknown> | undefined {
  for (const script of queryAll(doc, SELECTORS.pageDataScript)) {
    const text = script.textContent ?? '';
    if (!text.includes(`"${MODULE}"`)) continue;
    const found = findDefine(parseJson(text), 0);
    if (found) return found;
  }
  return undefined;
}

function findDefine(node: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 16 || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    const data = asRecord(node[2]);
    if (node[0] === MODULE && data) return data;
    for (const item of node) {
      const found = findDefine(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const value of Object.values(node)) {
    const found = findDefine(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function fromProfileLink(doc: Document): AccountLookup {
  const link = queryFirst<HTMLAnchorElement>(doc, SELECTORS.profileLink);
  const url = hrefOf(link);
  const handle = profileHandle(url);
  if (!link || !handle) {
    return {
      account: null,
      reason: `facebook: no ${MODULE} (bridge or inline JSON) and no profile link in the banner or left rail`,
    };
  }
  const name = asText(link.getAttribute('aria-label')) ?? asText(firstTextLine(link)) ?? handle;
  return { account: { handle, displayName: name, source: 'dom:profile-link' } };
}

/**
 * Mastodon (any instance) behind the SiteAdapter interface. Identity comes from the
 * `script#initial-state` JSON the server renders (its access token is never read); the composer
 * is the compose form's React-controlled textarea, in reply mode when it shows a
 * `.reply-indicator`; posts are `.status[data-id]` and the focal `.detailed-status` (sites.md §7).
 */

import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { mastodonNetwork } from '@/lib/sites/mastodon/network';
import { acctOf, readStatuses, STATUS_ROOTS, statusFrom, statusText } from '@/lib/sites/mastodon/posts';
import { SELECTORS } from '@/lib/sites/mastodon/selectors';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { composerAnswering, composerNearest, composersUnder, readNearest } from '@/lib/sites/shared/per-element';
import { anyOf, queryFirst } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import { hrefOf, pageUrl } from '@/lib/sites/shared/urls';
import type { AccountLookup, Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** `accounts[meta.me]` of the initial state; only `me` and `domain` are read from `meta`. */
function initialStateAccount(doc: Document): AccountLookup {
  const script = queryFirst(doc, SELECTORS.initialState);
  if (!script) return { account: null, reason: 'mastodon: script#initial-state not found' };
  let state: { meta?: Record<string, unknown>; accounts?: Record<string, Record<string, unknown>> } | null;
  try {
    state = JSON.parse(script.textContent ?? '');
  } catch {
    return { account: null, reason: 'mastodon: initial-state is not valid JSON' };
  }
  const me = text(state?.meta?.me);
  if (!me) return { account: null, reason: 'mastodon: initial-state has no meta.me (signed out)' };
  const account = state?.accounts?.[me];
  const acct = text(account?.acct) ?? text(account?.username);
  if (!account || !acct)
    return { account: null, reason: `mastodon: initial-state has no accounts[${me}] with an acct` };
  const domain = text(state?.meta?.domain) ?? pageUrl(doc)?.hostname ?? '';
  return {
    account: {
      handle: acct.includes('@') || !domain ? acct : `${acct}@${domain}`,
      displayName: text(account.display_name) ?? text(account.username) ?? acct,
      avatarUrl: text(account.avatar),
      id: me,
      source: 'page:initial-state',
    },
  };
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The status a reply indicator shows. The indicator has no status id, so the same status is
 * looked for on the page (same author, same text); else what the indicator shows, with no id.
 */
function indicatedStatus(indicator: HTMLElement): ScrapedPost {
  const link = queryFirst(indicator, SELECTORS.displayNameLink);
  const acct = acctOf(link);
  const shown = statusText(queryFirst(indicator, SELECTORS.replyIndicatorContent));
  const match = readStatuses(indicator.ownerDocument).find(
    (post) => post.authorHandle === `@${acct}` && normalise(post.text) === normalise(shown),
  );
  return (
    match ?? {
      network: 'mastodon',
      id: '',
      authorName: statusText(link ? queryFirst(link, SELECTORS.displayNameHtml) : null) || acct,
      authorHandle: acct ? `@${acct}` : '',
      authorUrl: hrefOf(link) ?? '',
      text: shown,
      permalink: '',
      kind: 'post',
      element: indicator,
    }
  );
}

/** A compose textarea: a reply when its form shows the status it answers. */
function describe(element: HTMLElement): Composer {
  let indicator: HTMLElement | null = null;
  try {
    const form = element.closest<HTMLElement>(SELECTORS.composeForm);
    indicator = form ? queryFirst(form, SELECTORS.replyIndicator) : null;
  } catch {
    indicator = null;
  }
  // The status it answers is read when a feature asks (the picker), not on every focus.
  return composerAnswering({ element, kind: indicator ? 'reply' : 'post', editor: 'textarea' }, () =>
    indicator ? indicatedStatus(indicator) : null,
  );
}

/** The Mastodon adapter. */
export const mastodonAdapter = guardAdapter({
  network: mastodonNetwork.id,
  pageStateKeys: pageStateKeysOf(mastodonNetwork),

  isNetworkPage(doc) {
    return queryFirst(doc, [SELECTORS.initialState, SELECTORS.appRoot]) !== null;
  },

  activeAccount(doc) {
    return initialStateAccount(doc);
  },

  composerSelector: anyOf(SELECTORS.composeTextarea),
  composerFrom: (el) => composerNearest(el, SELECTORS.composeTextarea, describe),
  composers: (root) => composersUnder(root, SELECTORS.composeTextarea, describe),

  submitPaths(composer): SubmitPath[] {
    const form = composer.element.closest<HTMLFormElement>(SELECTORS.composeForm);
    const button = form ? queryFirst(form, SELECTORS.submitButton) : null;
    const paths: SubmitPath[] = [];
    if (button) paths.push({ kind: 'click', element: button, label: 'mastodon: compose form submit button' });
    if (form) paths.push({ kind: 'form', form, label: 'mastodon: compose form submit' });
    paths.push(enterKeyPath(composer.element, 'mastodon: Ctrl/Cmd+Enter in the textarea'));
    return paths;
  },

  postSelector: anyOf(STATUS_ROOTS),
  postFrom: (el) => readNearest(el, STATUS_ROOTS, statusFrom),
  posts(root) {
    return readStatuses(root);
  },
});

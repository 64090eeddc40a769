/**
 * X (x.com) behind the SiteAdapter interface. Identity comes from the Redux session the
 * main-world bridge reads, else from the account switcher button; composers are Draft.js boxes
 * (a textarea in the narrow layout); posts are `article[data-testid="tweet"]` (sites.md §1).
 */
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { composerAnswering, composerNearest, composersUnder, readNearest } from '@/lib/sites/shared/per-element';
import { anyOf, queryAll, queryFirst } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import { inlineText } from '@/lib/sites/shared/text';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { AccountLookup, ActiveAccount, Composer, PageState, ScrapedPost, SubmitPath } from '@/lib/sites/types';
import { xNetwork } from '@/lib/sites/x/network';
import { readTweet, readTweets, statusIdOf, tweetFrom, tweetIdOf } from '@/lib/sites/x/posts';
import { AVATAR_TESTID_PREFIX, SCREEN_NAME, SELECTORS } from '@/lib/sites/x/selectors';

const EDITORS = [SELECTORS.composerEditable, SELECTORS.composerTextarea].flat();

/** The session object the bridge copies from X's Redux store; anything else is ignored. */
function sessionAccount(value: unknown): ActiveAccount | null {
  if (!value || typeof value !== 'object') return null;
  const session = value as Record<string, unknown>;
  const handle = session.screen_name;
  if (typeof handle !== 'string' || !SCREEN_NAME.test(handle)) return null;
  const text = (key: string) => (typeof session[key] === 'string' ? (session[key] as string) : undefined);
  return {
    handle,
    displayName: text('name') || handle,
    avatarUrl: text('profile_image_url_https'),
    id: text('id_str'),
    source: 'page:xReduxSession',
  };
}

function domAccount(doc: Document): AccountLookup {
  const button = queryFirst(doc, SELECTORS.accountSwitcher);
  if (!button) return { account: null, reason: 'x: account switcher button not found' };
  const avatar = queryFirst(button, SELECTORS.avatarContainer);
  const texts = queryAll(button, SELECTORS.headerText).map((block) => inlineText(block));
  const fromAvatar = avatar?.dataset.testid?.slice(AVATAR_TESTID_PREFIX.length) ?? '';
  const fromText = texts.find((text) => text.startsWith('@'))?.slice(1) ?? '';
  const handle = SCREEN_NAME.test(fromAvatar) ? fromAvatar : SCREEN_NAME.test(fromText) ? fromText : '';
  if (!handle) {
    return {
      account: null,
      reason: `x: account switcher button has no ${AVATAR_TESTID_PREFIX}<screen_name> nor @handle`,
    };
  }
  const image = avatar ? queryFirst(avatar, SELECTORS.avatarImage) : null;
  return {
    account: {
      handle,
      displayName: texts.find((text) => text !== '' && !text.startsWith('@')) ?? handle,
      avatarUrl: image?.getAttribute('src') ?? undefined,
      source: `dom:${button.dataset.testid ?? 'SideNav_AccountSwitcher_Button'}`,
    },
  };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

/** The tweet a reply dialog shows; its copy has no status link, so find the same tweet on the page. */
function dialogAnswering(copy: HTMLElement): ScrapedPost {
  const shown = readTweet(copy);
  if (shown.id) return shown;
  // Only the author's tweets are read (their avatars name them), never the whole timeline.
  const handle = shown.authorHandle.slice(1);
  const avatars = SCREEN_NAME.test(handle)
    ? queryAll(copy.ownerDocument, `[data-testid="${AVATAR_TESTID_PREFIX}${handle}"]`)
    : [];
  for (const avatar of avatars) {
    const article = avatar.closest<HTMLElement>(SELECTORS.tweet);
    const post = article && article !== copy ? tweetFrom(article) : null;
    if (post && post.authorHandle === shown.authorHandle && sameText(post.text, shown.text)) return post;
  }
  return shown;
}

function describe(element: HTMLElement): Composer {
  const editor = element.localName === 'textarea' ? 'textarea' : 'draftjs';
  const dialog = element.closest<HTMLElement>(SELECTORS.dialog);
  if (dialog) {
    const copy = queryFirst(dialog, SELECTORS.tweet);
    return composerAnswering({ element, editor, kind: copy ? 'reply' : 'post' }, () =>
      copy ? dialogAnswering(copy) : null,
    );
  }
  const focalId = statusIdOf(pageUrl(element));
  if (!focalId) return { element, editor, kind: 'post', answering: null };
  return composerAnswering({ element, editor, kind: 'reply' }, () => {
    const article = queryAll(element.ownerDocument, SELECTORS.tweet).find((item) => tweetIdOf(item) === focalId);
    return article ? tweetFrom(article) : null;
  });
}

/** The box as {@link describe} reads it, else a plain new post: a box is never lost. */
function describeOrPlain(element: HTMLElement): Composer {
  try {
    return describe(element);
  } catch {
    return {
      element,
      editor: element.localName === 'textarea' ? 'textarea' : 'draftjs',
      kind: 'post',
      answering: null,
    };
  }
}

/** The send button of this box: the first one found walking up from the editor. */
function sendButton(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const button = queryFirst(node, SELECTORS.tweetButton);
    if (button) return button;
    if (node.matches(SELECTORS.dialog)) return null;
  }
  return null;
}

/** The X adapter. */
export const xAdapter = guardAdapter({
  network: xNetwork.id,
  pageStateKeys: pageStateKeysOf(xNetwork),

  accountSwitcher: (doc) => queryFirst(doc, SELECTORS.accountSwitcher),

  isNetworkPage(doc) {
    const host = pageUrl(doc)?.hostname ?? '';
    return xNetwork.hosts.includes(host) || queryFirst(doc, SELECTORS.appMarker) !== null;
  },

  activeAccount(doc: Document, pageState?: PageState): AccountLookup {
    const fromSession = sessionAccount(pageState?.xReduxSession);
    return fromSession ? { account: fromSession } : domAccount(doc);
  },

  composerSelector: anyOf(EDITORS),
  composerFrom: (el) => composerNearest(el, EDITORS, describeOrPlain),
  composers: (root) => composersUnder(root, EDITORS, describeOrPlain),

  submitPaths(composer): SubmitPath[] {
    const paths: SubmitPath[] = [];
    const button = sendButton(composer.element);
    if (button)
      paths.push({ kind: 'click', element: button, label: `x: ${button.dataset.testid ?? 'tweetButton'} button` });
    paths.push(enterKeyPath(composer.element, 'x: Ctrl/Cmd+Enter in the editor'));
    return paths;
  },

  postSelector: SELECTORS.tweet,
  postFrom: (el) => readNearest(el, SELECTORS.tweet, tweetFrom),
  posts(root) {
    return readTweets(root);
  },
});

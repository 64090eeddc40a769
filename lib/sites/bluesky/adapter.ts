/**
 * Bluesky (bsky.app) behind the SiteAdapter interface. Identity comes from the app's persisted
 * session in localStorage; the composer is a TipTap (ProseMirror) editor in a dialog that shows
 * the parent post when replying; posts are `feedItem-by-…` / `postThreadItem-by-…` (sites.md §8).
 */

import { blueskyNetwork } from '@/lib/sites/bluesky/network';
import { blueskyText, postFromItem, readPosts } from '@/lib/sites/bluesky/posts';
import { SELECTORS, STORAGE_KEY } from '@/lib/sites/bluesky/selectors';
import { pageStateKeysOf } from '@/lib/sites/descriptor';
import { guardAdapter } from '@/lib/sites/shared/guard-adapter';
import { composerAnswering, composerNearest, composersUnder, readNearest } from '@/lib/sites/shared/per-element';
import { anyOf, queryAll, queryFirst } from '@/lib/sites/shared/query';
import { enterKeyPath } from '@/lib/sites/shared/submit';
import { pageUrl } from '@/lib/sites/shared/urls';
import type { AccountLookup, Composer, ScrapedPost, SubmitPath } from '@/lib/sites/types';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** `session.currentAccount` of BSKY_STORAGE; only public fields are kept (never the JWTs). */
function storedAccount(doc: Document): AccountLookup {
  let raw: string | null;
  try {
    const storage = doc.defaultView?.localStorage;
    if (!storage) return { account: null, reason: 'bluesky: localStorage is not available in this page' };
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { account: null, reason: `bluesky: localStorage cannot be read (${String(error)})` };
  }
  if (raw === null) return { account: null, reason: `bluesky: localStorage.${STORAGE_KEY} not found` };
  let current: Record<string, unknown> | undefined;
  try {
    current = (JSON.parse(raw) as { session?: { currentAccount?: Record<string, unknown> } } | null)?.session
      ?.currentAccount;
  } catch {
    return { account: null, reason: `bluesky: ${STORAGE_KEY} is not valid JSON` };
  }
  const handle = text(current?.handle);
  if (!current || !handle) {
    return { account: null, reason: `bluesky: ${STORAGE_KEY} has no session.currentAccount (signed out)` };
  }
  return {
    account: {
      handle,
      displayName: text(current.displayName) ?? handle,
      avatarUrl: text(current.avatar),
      id: text(current.did),
      source: `storage:${STORAGE_KEY}`,
    },
  };
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The parent post a reply dialog shows (display name and text only): the same post found on the
 * page, else what the preview shows, with no id.
 */
function previewedPost(preview: HTMLElement): ScrapedPost {
  const [name = '', shown = ''] = queryAll(preview, SELECTORS.textBlock).map((block) => blueskyText(block));
  const match = readPosts(preview.ownerDocument).find(
    (post) => post.authorName === name && normalise(post.text) === normalise(shown),
  );
  if (match) return match;
  return {
    network: 'bluesky',
    id: '',
    authorName: name,
    authorHandle: '',
    authorUrl: '',
    text: shown,
    permalink: '',
    kind: 'post',
    element: preview,
  };
}

/** A composer: a reply when its dialog previews the post it answers. */
function describe(element: HTMLElement): Composer {
  let preview: HTMLElement | null = null;
  try {
    const dialog = element.closest<HTMLElement>(SELECTORS.dialog);
    preview = dialog ? queryFirst(dialog, SELECTORS.replyToPreview) : null;
  } catch {
    preview = null;
  }
  // The post it answers is read when a feature asks (the picker), not on every focus.
  return composerAnswering({ element, kind: preview ? 'reply' : 'post', editor: 'prosemirror' }, () =>
    preview ? previewedPost(preview) : null,
  );
}

/** The Bluesky adapter. */
export const blueskyAdapter = guardAdapter({
  network: blueskyNetwork.id,
  pageStateKeys: pageStateKeysOf(blueskyNetwork),

  isNetworkPage(doc) {
    const host = pageUrl(doc)?.hostname ?? '';
    return blueskyNetwork.hosts.includes(host) || queryFirst(doc, SELECTORS.appMarker) !== null;
  },

  activeAccount(doc) {
    return storedAccount(doc);
  },

  composerSelector: anyOf(SELECTORS.composer),
  composerFrom: (el) => composerNearest(el, SELECTORS.composer, describe),
  composers: (root) => composersUnder(root, SELECTORS.composer, describe),

  submitPaths(composer): SubmitPath[] {
    const scope = composer.element.closest<HTMLElement>(SELECTORS.dialog) ?? composer.element.ownerDocument;
    const button = queryFirst(scope, SELECTORS.publishButton);
    const paths: SubmitPath[] = [];
    if (button) paths.push({ kind: 'click', element: button, label: 'bluesky: composerPublishBtn button' });
    paths.push(enterKeyPath(composer.element, 'bluesky: Ctrl/Cmd+Enter in the editor'));
    return paths;
  },

  postSelector: anyOf(SELECTORS.postItem),
  postFrom: (el) => readNearest(el, SELECTORS.postItem, postFromItem),
  posts(root) {
    return readPosts(root);
  },
});

/**
 * Small data kept in extension storage, each item versioned from the first release so later
 * releases migrate it instead of dropping it. Watchers on these items keep every view live.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

// Reply templates: `local:templates`, defined with its validation and starter set in lib/templates/store.ts.

/**
 * The IndexedDB change feed: after every write to a store the background writes a fresh token to
 * that store's revision item, and open views re-read the store when the token changes. It lives
 * in storage, not in the worker's memory, so it survives the worker being stopped.
 */
export const dbRevisionItems = {
  inbox: storage.defineItem<string>('local:dbRevision.inbox', { fallback: '' }),
  posts: storage.defineItem<string>('local:dbRevision.posts', { fallback: '' }),
  events: storage.defineItem<string>('local:dbRevision.events', { fallback: '' }),
} as const;

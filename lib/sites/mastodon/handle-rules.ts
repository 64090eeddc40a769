import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Mastodon is served and how its handles are written: all that code every page loads needs of it. */
export const mastodonHosts: readonly string[] = [];

export const mastodonHandleRules: HandleRules = {
  mention: '@',
  serverScoped: true,
};

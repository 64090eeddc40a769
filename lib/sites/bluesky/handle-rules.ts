import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Bluesky is served and how its handles are written: all that code every page loads needs of it. */
export const blueskyHosts: readonly string[] = ['bsky.app'];

export const blueskyHandleRules: HandleRules = {
  mention: '@',
};

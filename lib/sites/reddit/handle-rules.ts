import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Reddit is served and how its handles are written: all that code every page loads needs of it. */
export const redditHosts: readonly string[] = ['www.reddit.com', 'new.reddit.com'];

export const redditHandleRules: HandleRules = {
  mention: 'u/',
};

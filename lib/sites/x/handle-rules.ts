import type { HandleRules } from '@/lib/sites/descriptor';

/** Where X is served and how its handles are written: all that code every page loads needs of it. */
export const xHosts: readonly string[] = ['x.com', 'twitter.com', 'mobile.x.com'];

export const xHandleRules: HandleRules = {
  mention: '@',
};

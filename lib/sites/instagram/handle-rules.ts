import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Instagram is served and how its handles are written: all that code every page loads needs of it. */
export const instagramHosts: readonly string[] = ['www.instagram.com'];

export const instagramHandleRules: HandleRules = {
  mention: '@',
};

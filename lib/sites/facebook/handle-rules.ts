import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Facebook is served and how its handles are written: all that code every page loads needs of it. */
export const facebookHosts: readonly string[] = ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'];

export const facebookHandleRules: HandleRules = {
  mention: '',
};

import type { HandleRules } from '@/lib/sites/descriptor';

/** Where LinkedIn is served and how its handles are written: all that code every page loads needs of it. */
export const linkedinHosts: readonly string[] = ['www.linkedin.com'];

export const linkedinHandleRules: HandleRules = {
  mention: '',
};

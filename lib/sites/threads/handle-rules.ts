import type { HandleRules } from '@/lib/sites/descriptor';

/** Where Threads is served and how its handles are written: all that code every page loads needs of it. */
export const threadsHosts: readonly string[] = ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'];

export const threadsHandleRules: HandleRules = {
  mention: '@',
};

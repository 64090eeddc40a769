import type { HandleRules } from '@/lib/sites/descriptor';

/** Where YouTube is served and how its handles are written: all that code every page loads needs of it. */
export const youtubeHosts: readonly string[] = ['www.youtube.com', 'studio.youtube.com', 'm.youtube.com'];

export const youtubeHandleRules: HandleRules = {
  mention: '@',
  /** Channel ids (UC + 22 characters) are case-sensitive: UCabc and UCABC are two channels. */
  caseSensitiveIds: /^UC[0-9A-Za-z_-]{22}$/,
};

import type { ContentFeature } from '../site-context';

/** The in-page features, each started with the site session (templates, guard, capture…). */
export const CONTENT_FEATURES: readonly ContentFeature[] = [];

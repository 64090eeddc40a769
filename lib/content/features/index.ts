import type { ContentFeature } from '../site-context';
import { captureFeature } from './capture';
import { guardFeature } from './guard';
import { inboxReplyFeature } from './inbox-reply';
import { publishFeature } from './publish';
import { replyTrackingFeature } from './reply-tracking';
import { templatesFeature } from './templates';

/** The in-page features, each started with the site session (templates, guard, capture…). */
export const CONTENT_FEATURES: readonly ContentFeature[] = [
  guardFeature,
  templatesFeature,
  captureFeature,
  publishFeature,
  replyTrackingFeature,
  inboxReplyFeature,
];

import { captureFeature } from '@/lib/content/features/capture';
import { growthFeature } from '@/lib/content/features/growth';
import { guardFeature } from '@/lib/content/features/guard';
import { inboxReplyFeature } from '@/lib/content/features/inbox-reply';
import { publishFeature } from '@/lib/content/features/publish';
import { replyTrackingFeature } from '@/lib/content/features/reply-tracking';
import { templatesFeature } from '@/lib/content/features/templates';
import type { ContentFeature } from '@/lib/content/site-context';

/** The in-page features, each started with the site session (templates, guard, capture…). */
export const CONTENT_FEATURES: readonly ContentFeature[] = [
  guardFeature,
  templatesFeature,
  captureFeature,
  publishFeature,
  replyTrackingFeature,
  inboxReplyFeature,
  growthFeature,
];

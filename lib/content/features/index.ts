import { captureFeature } from '@/lib/content/features/capture';
import { growthFeature } from '@/lib/content/features/growth';
import { guardIdentityFeature, guardSendFeature } from '@/lib/content/features/guard';
import { inboxReplyFeature } from '@/lib/content/features/inbox-reply';
import { publishFeature } from '@/lib/content/features/publish';
import { replyTrackingFeature } from '@/lib/content/features/reply-tracking';
import { templatesFeature } from '@/lib/content/features/templates';
import type { ContentFeatures } from '@/lib/content/site-context';

/** The in-page features, started with each page of the site (templates, guard, capture…). */
export const CONTENT_FEATURES: ContentFeatures = {
  // What must hold from the page's first moment: a send from the wrong account is held, and the
  // template trigger answers the first keys typed.
  atOnce: [guardSendFeature, templatesFeature],
  // What the user sees or reaches a moment later: the badge, the capture control and keyword
  // outlines, hand-overs, reply tracking, growth.
  whenIdle: [
    guardIdentityFeature,
    captureFeature,
    publishFeature,
    replyTrackingFeature,
    inboxReplyFeature,
    growthFeature,
  ],
};

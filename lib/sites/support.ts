/**
 * What the extension reads on each network, layout by layout: shown in Site health for the
 * current network and summarised in the README. One entry per layout a fixture reproduces
 * (tests/fixtures/<network>/), so every line here is proved by the browser specs on that fixture.
 */
import type { Network } from '@/lib/networks';
import type { ComposerKind } from '@/lib/sites/types';

export interface LayoutSupport {
  /** The layout's name as the adapter's recogniser calls it (not translated: it names markup). */
  layout: string;
  /** The fixture that reproduces it. */
  fixture: string;
  identity: boolean;
  /** Posts read with their own link, or honestly without one ("no link": the page is kept instead). */
  posts: 'link' | 'no-link' | false;
  /** Kinds of boxes found there. */
  boxes: readonly ComposerKind[];
  capture: boolean;
}

export const SUPPORT: Record<Network, readonly LayoutSupport[]> = {
  linkedin: [
    {
      layout: 'legacy (Ember)',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply', 'message', 'post'],
      capture: true,
    },
    {
      layout: 'sdui (2025)',
      fixture: 'feed.sdui.html, post.sdui.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply', 'post'],
      capture: true,
    },
    {
      layout: 'mainFeed (2026)',
      fixture: 'feed.2026.html',
      identity: true,
      posts: 'no-link',
      boxes: ['comment', 'message'],
      capture: true,
    },
  ],
  facebook: [
    {
      layout: 'feed unit ([role=feed])',
      fixture: 'feed.html, feed.fr.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply'],
      capture: true,
    },
    {
      layout: 'story with marked text (2025, permalink page)',
      fixture: 'post.html, home.2025.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply', 'message'],
      capture: true,
    },
    {
      layout: 'story article (2024–2025, no feed)',
      fixture: 'page.ar.2024.html, profile.fr.2024.html',
      identity: true,
      posts: 'no-link',
      boxes: ['comment'],
      capture: true,
    },
  ],
  instagram: [
    {
      layout: 'article (feed, post page)',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply', 'post'],
      capture: true,
    },
    {
      layout: 'reels viewer (2026)',
      fixture: 'reels.ru.2026.html',
      identity: true,
      posts: 'no-link',
      boxes: ['comment'],
      capture: true,
    },
  ],
  x: [
    {
      layout: 'timeline and status page',
      fixture: 'feed.html, feed.fr.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['post', 'reply'],
      capture: true,
    },
  ],
  youtube: [
    {
      layout: 'watch page comments',
      fixture: 'watch.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['comment', 'reply'],
      capture: true,
    },
    {
      layout: 'YouTube Studio comments',
      fixture: 'studio.html',
      identity: true,
      posts: 'link',
      boxes: ['reply'],
      capture: false,
    },
  ],
  reddit: [
    {
      layout: 'shreddit (new Reddit)',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['post', 'comment', 'reply'],
      capture: true,
    },
  ],
  mastodon: [
    {
      layout: 'web UI',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['post', 'reply'],
      capture: true,
    },
  ],
  bluesky: [
    {
      layout: 'social-app (web)',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['post', 'reply'],
      capture: true,
    },
  ],
  threads: [
    {
      layout: 'web',
      fixture: 'feed.html, post.html',
      identity: true,
      posts: 'link',
      boxes: ['post', 'reply'],
      capture: true,
    },
  ],
};

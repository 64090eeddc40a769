import { postKey } from '@/lib/capture/build';
import { type CompiledKeyword, compileKeywords, matchKeywords } from '@/lib/capture/keywords';
import {
  CAPTURE_SETTINGS_KEY,
  type CaptureSettings,
  DEFAULT_CAPTURE_SETTINGS,
  parseCaptureSettings,
} from '@/lib/capture/settings';
import type { CaptureFlow } from '@/lib/content/features/capture/capture-flow';
import type { CaptureOverlay } from '@/lib/content/features/capture/overlay';
import type { Highlight } from '@/lib/content/features/capture/overlay-highlights';
import { idleQueue } from '@/lib/content/idle';
import type { SiteContext } from '@/lib/content/site-context';
import { pageTexts, tr } from '@/lib/content/ui/texts';
import { PEOPLE_KEY, parseHighlightMarks } from '@/lib/people/marks';
import { personRef } from '@/lib/people/refs';
import type { HighlightTag } from '@/lib/people/tags';
import { storedView } from '@/lib/storage/stored-view';

const TAG_WORDS = { vip: 'people_tagVip', partner: 'people_tagPartner', journalist: 'people_tagJournalist' } as const;

/** What a visible post matched: its keywords, and its author's tag when the user tagged them. */
type Matched = Omit<Highlight, 'person'> & { tag?: HighlightTag };

/** The word a highlighted person's posts are marked with, in the page's language when the post is read. */
const markOf = (tag: HighlightTag) => `★ ${tr(TAG_WORDS[tag])}`;

/**
 * Tracked keywords on the page: posts on screen that mention one are outlined (when highlighting
 * is on), and with the opt-in switch they are captured, at most once each for as long as this
 * page's script lives (an SPA session); the inbox's dedupe keeps a later capture to one item.
 *
 * Work follows what is visible, never the size of the feed: posts are noticed as they appear
 * (site.watch), an IntersectionObserver says which are on screen, and each post that comes into
 * view (or changes while in view) is read and matched once, in idle slices.
 */
export function trackKeywords(site: SiteContext, overlay: CaptureOverlay, flow: CaptureFlow): void {
  const { ctx, adapter } = site;
  let settings: CaptureSettings = DEFAULT_CAPTURE_SETTINGS;
  let compiled: CompiledKeyword[] = [];
  const autoCaptured = new Set<string>();
  /** Post roots on screen now. */
  const visible = new Set<HTMLElement>();
  /** What each visible post matched, when it matched something. */
  let matched = new Map<HTMLElement, Matched>();
  let stopWatching: (() => void) | null = null;
  /** People the user tagged VIP, partner or journalist: their posts are marked (issue 21). */
  let people = new Map<string, HighlightTag>();

  // The marks are worded when shown, so they follow the texts' arrival and the language.
  const publish = () =>
    overlay.setHighlights(
      [...matched.values()]
        .filter((one) => one.element.isConnected && (one.tag || (settings.highlight && one.keywords.length > 0)))
        .map(({ tag, ...one }): Highlight => (tag ? { ...one, person: markOf(tag) } : one)),
    );
  ctx.onInvalidated(pageTexts.subscribe(() => matched.size > 0 && publish()));

  const queue = idleQueue<HTMLElement>(
    ctx.signal,
    (element) => {
      matched.delete(element);
      if (!visible.has(element) || !element.isConnected || (compiled.length === 0 && people.size === 0)) return;
      const post = site.postFrom(element);
      // A root that cannot be read alone passes to its outer post, which is observed itself.
      if (!post || post.element !== element) return;
      const keywords = compiled.length > 0 ? matchKeywords(post.text, compiled) : [];
      const tag = people.get(personRef(post.network, post.authorHandle, post.authorName));
      if (keywords.length === 0 && !tag) return;
      const key = postKey(post);
      matched.set(element, { key, element, keywords, ...(tag ? { tag } : {}) });
      if (keywords.length === 0) return;
      if (settings.autoCapture && !autoCaptured.has(key)) {
        autoCaptured.add(key);
        void flow.capture(post, 'auto', keywords[0]);
      }
    },
    publish,
  );

  const intersections = new IntersectionObserver((entries) => {
    let left = false;
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (entry.isIntersecting) {
        visible.add(element);
        queue.push(element);
      } else {
        visible.delete(element);
        left = matched.delete(element) || left;
        if (!element.isConnected) intersections.unobserve(element);
      }
    }
    if (left) publish();
  });
  ctx.onInvalidated(() => intersections.disconnect());

  const observe = (elements: HTMLElement[]) => {
    for (const element of elements) {
      // Already observed and on screen: it changed in place (the site re-rendered it).
      if (visible.has(element)) queue.push(element);
      else intersections.observe(element);
    }
  };

  const apply = (next: CaptureSettings) => {
    settings = next;
    compiled = compileKeywords(next.keywords);
    matched = new Map();
    queue.clear();
    if (compiled.length === 0 && people.size === 0) {
      // Nothing to look for: no observer, no work, whatever the page does.
      stopWatching?.();
      stopWatching = null;
      intersections.disconnect();
      visible.clear();
    } else if (!stopWatching) {
      stopWatching = site.watch(adapter.postSelector, observe);
    } else {
      for (const element of visible) queue.push(element);
    }
    publish();
  };
  const stored = storedView(CAPTURE_SETTINGS_KEY, parseCaptureSettings);
  const storedPeople = storedView(PEOPLE_KEY, parseHighlightMarks);
  void Promise.all([stored.read(), storedPeople.read()]).then(([next, marks]) => {
    people = marks;
    apply(next);
  });
  const unwatch = stored.watch(apply);
  const unwatchPeople = storedPeople.watch((marks) => {
    people = marks;
    apply(settings);
  });
  ctx.onInvalidated(unwatch);
  ctx.onInvalidated(unwatchPeople);
}

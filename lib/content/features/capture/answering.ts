/**
 * "Léa is answering this" beside the posts on screen that another member of the team has taken
 * (the page tools, started once a team is connected: lib/content/features/capture/team-marks.ts).
 *
 * Work follows what is visible, never the size of the feed: posts are noticed as they appear
 * (site.watch), an IntersectionObserver says which are on screen, each post coming into view is
 * read once in an idle slice, and the background is asked about the keys of that slice in one
 * message. When the inbox changes (a capture, an assignment from the team), only the posts on
 * screen are asked about again.
 */
import { postKey } from '@/lib/capture/build';
import { afterNextFrame } from '@/lib/content/after-frame';
import { teamState } from '@/lib/content/features/capture/team-marks';
import { idleQueue } from '@/lib/content/idle';
import type { SiteContext } from '@/lib/content/site-context';
import { watchCells } from '@/lib/content/ui/cell';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { pageSettings, pageTexts, tr } from '@/lib/content/ui/texts';
import { sendToBackground } from '@/lib/messaging/content-sender';
import { storedView } from '@/lib/storage/stored-view';

const MARK_CSS = `
:host { position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483645 !important; }
.cmc-root { pointer-events: none; }
.cmc-answering { position: absolute; pointer-events: none; max-width: 60vw; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; padding: 0 8px; border-radius: 9px; font: 600 11px/18px system-ui, sans-serif;
  background: var(--cmc-accent); color: var(--cmc-accent-fg); box-shadow: 0 1px 3px rgb(0 0 0 / 0.25); }
`;
/** The inbox's revision token (lib/storage/items.ts): it changes with every write of the inbox. */
const inboxRevision = storedView('dbRevision.inbox', String);
const BATCH = 100;
const ASK_AGAIN_MS = 300;

/** The pages (each page of an SPA has its own context) already marked: started once each. */
const started = new WeakSet<object>();

export function markAnswering(site: SiteContext): void {
  if (started.has(site.ctx)) return;
  started.add(site.ctx);
  const { ctx, adapter, doc } = site;
  /** Post roots on screen now, with their key once read. */
  const visible = new Map<HTMLElement, string | null>();
  /** Who answers each key asked about (absent: no one else). */
  let answering = new Map<string, string>();
  let on = true;
  let askTimer: number | undefined;
  const shadow = createShadowHost(ctx, 'team', MARK_CSS, doc);
  const layer = shadow.container;
  // Every draw reads the posts' boxes after the frame, where the page's layout is done.
  const drawAfterFrame = afterNextFrame(ctx, () => on && draw());
  const unwatchCells = watchCells([pageSettings, pageTexts], () => {
    shadow.setTheme(pageSettings.get().theme);
    drawAfterFrame();
  });

  function draw() {
    const viewportHeight = doc.documentElement.clientHeight;
    // The layer lies in the document: marks are placed relative to its box, and scroll with their posts.
    const origin = shadow.host.getBoundingClientRect();
    const marks: HTMLElement[] = [];
    for (const [element, key] of visible) {
      const name = key && answering.get(key);
      if (!name || !element.isConnected) continue;
      const rect = element.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > viewportHeight || rect.width === 0) continue;
      const mark = doc.createElement('span');
      mark.className = 'cmc-answering';
      mark.dataset.key = key;
      mark.textContent = tr('teamAnswering', [name]);
      mark.style.left = `${rect.left - origin.left + 8}px`;
      mark.style.top = `${Math.max(0, rect.top - 9) - origin.top}px`;
      marks.push(mark);
    }
    layer.replaceChildren(...marks);
  }
  // Marks follow posts the page moved, or scrolled inside a box, while some are drawn.
  const follow = () => {
    if (layer.firstChild) drawAfterFrame();
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  const ask = async (keys: string[]) => {
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      try {
        const reply = await sendToBackground('teamAnsweringFor', { keys: batch });
        for (const key of batch) {
          const name = reply.answering[key];
          if (name) answering.set(key, name);
          else answering.delete(key);
        }
      } catch {
        // The background could not answer (restarting): no mark rather than a wrong one.
      }
    }
    drawAfterFrame();
  };

  let read: string[] = [];
  const queue = idleQueue<HTMLElement>(
    ctx.signal,
    (element) => {
      if (!visible.has(element) || !element.isConnected) return;
      const post = site.postFrom(element);
      // A root that cannot be read alone passes to its outer post, which is observed itself.
      if (!post || post.element !== element) return;
      const key = postKey(post);
      visible.set(element, key);
      read.push(key);
    },
    () => {
      if (read.length === 0) return;
      const keys = read;
      read = [];
      void ask(keys);
    },
  );

  const intersections = new IntersectionObserver((entries) => {
    let left = false;
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (entry.isIntersecting) {
        visible.set(element, visible.get(element) ?? null);
        queue.push(element);
      } else {
        left = visible.delete(element) || left;
        if (!element.isConnected) intersections.unobserve(element);
      }
    }
    if (left) drawAfterFrame();
  });
  const stopWatching = site.watch(adapter.postSelector, (elements) => {
    for (const element of elements) {
      // Already on screen: it changed in place (the site re-rendered it).
      if (visible.has(element)) queue.push(element);
      else intersections.observe(element);
    }
  });

  // The inbox changed: ask again about the posts on screen only, once per burst of writes.
  const unwatchInbox = inboxRevision.watch(() => {
    if (askTimer !== undefined) return;
    askTimer = ctx.setTimeout(() => {
      askTimer = undefined;
      const keys = [...new Set(visible.values())].filter((key): key is string => key !== null);
      if (keys.length) void ask(keys);
    }, ASK_AGAIN_MS);
  });

  const stop = () => {
    on = false;
    stopWatching();
    intersections.disconnect();
    unwatchInbox();
    unwatchTeam();
    unwatchCells();
    queue.clear();
    visible.clear();
    answering = new Map();
    layer.replaceChildren();
  };
  // Signed out of the team: the marks go, and nothing more is watched on this page.
  const unwatchTeam = teamState.watch((status) => (!status || status.state === 'off') && stop());
  ctx.onInvalidated(stop);
}

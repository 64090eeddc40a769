import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chooseSpot, samplePoints } from '@/lib/capture/placement';
import { afterNextFrame } from '@/lib/content/after-frame';
import { CAPTURE_CSS } from '@/lib/content/features/capture/overlay-css';
import { drawHighlightBoxes, type Highlight } from '@/lib/content/features/capture/overlay-highlights';
import { ICON_CAPTURE, ICON_CAPTURED, ICON_IDEA, svgIcon } from '@/lib/content/features/capture/overlay-icons';
import { watchCells } from '@/lib/content/ui/cell';
import { createShadowHost } from '@/lib/content/ui/shadow-host';
import { pageSettings, pageTexts, tr, wantPageTexts } from '@/lib/content/ui/texts';
import type { MessageKey } from '@/lib/i18n/format';

export const CONTROL_SIZE = 28;
const TOAST_MS = 4000;

/** What the site lets users click: the control must never sit on one of these. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, label, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], [tabindex]:not([tabindex="-1"])';

export type ToastTone = 'info' | 'error';

/**
 * The capture UI drawn over the page in one shadow root: the floating control beside the post the
 * user points at or is in, the outlines of posts that mention a tracked keyword, and the toast.
 * Nothing is added inside the site's own markup.
 */
export interface CaptureOverlay {
  /** Whether node is part of this overlay (the user pointing at the control is still on the post). */
  isOurs(node: Node | null): boolean;
  /** Shows the control beside this post (null hides it); false when no free spot was found. */
  showControl(post: HTMLElement | null, captured: boolean): boolean;
  setCaptured(captured: boolean): void;
  setHighlights(highlights: readonly Highlight[]): void;
  /** True while some post is outlined (a scroll must move the outlines). */
  hasHighlights(): boolean;
  /**
   * Places the control and outlines again after a scroll, resize or page change. They scroll with
   * the document on their own: this follows posts moved by the page or inside a scrolled box.
   */
  reposition(): void;
  /** The message is read again when the page's texts arrive (asked for on their first use). */
  toast(message: () => string, tone?: ToastTone, detail?: { attempts?: number; state?: string }): void;
  onControlClick(handler: () => void): void;
  /** "Save as idea", drawn beside the capture control on the same post. */
  onIdeaClick(handler: () => void): void;
}

/**
 * The overlay, built when first used: a page where the user never points at a post, never
 * captures and tracks no keyword gets no element, stylesheet or listener from it.
 */
export function createCaptureOverlay(ctx: ContentScriptContext, doc: Document = document): CaptureOverlay {
  let built: CaptureOverlay | undefined;
  let clickHandler: () => void = () => undefined;
  let ideaHandler: () => void = () => undefined;
  // The control speaks at once (its label, the confirmation in the click's own task): it shows once
  // the page's texts are here, asked for by the first post pointed at.
  let pending: { post: HTMLElement | null; captured: boolean } | undefined;
  let stopWaiting: (() => void) | undefined;
  const showWhenTexts = (post: HTMLElement | null, captured: boolean): boolean => {
    if (pageTexts.get()) return overlay().showControl(post, captured);
    pending = { post, captured };
    stopWaiting ??= pageTexts.subscribe(() => {
      stopWaiting?.();
      stopWaiting = undefined;
      const wanted = pending;
      pending = undefined;
      if (wanted && !ctx.isInvalid) overlay().showControl(wanted.post, wanted.captured);
    });
    wantPageTexts();
    return false;
  };
  const overlay = () => {
    if (!built) {
      built = buildCaptureOverlay(ctx, doc);
      built.onControlClick(() => clickHandler());
      built.onIdeaClick(() => ideaHandler());
    }
    return built;
  };
  return {
    isOurs: (node) => built?.isOurs(node) ?? false,
    showControl(post, captured) {
      if (post || built) return showWhenTexts(post, captured);
      pending = undefined;
      return false;
    },
    setCaptured: (captured) => built?.setCaptured(captured),
    setHighlights: (highlights) => (highlights.length > 0 || built ? overlay().setHighlights(highlights) : undefined),
    hasHighlights: () => built?.hasHighlights() ?? false,
    reposition: () => built?.reposition(),
    toast: (message, tone, detail) => overlay().toast(message, tone, detail),
    onControlClick(handler) {
      clickHandler = handler;
    },
    onIdeaClick(handler) {
      ideaHandler = handler;
    },
  };
}

function buildCaptureOverlay(ctx: ContentScriptContext, doc: Document): CaptureOverlay {
  const shadow = createShadowHost(ctx, 'capture', CAPTURE_CSS, doc);
  const { host, container } = shadow;
  const control = doc.createElement('button');
  control.type = 'button';
  control.className = 'cmc-capture';
  control.hidden = true;
  control.dataset.state = 'idle';
  const idea = doc.createElement('button');
  idea.type = 'button';
  idea.className = 'cmc-idea';
  idea.hidden = true;
  idea.replaceChildren(svgIcon(doc, ICON_IDEA));
  const layer = doc.createElement('div');
  const toastBox = doc.createElement('div');
  toastBox.className = 'cmc-toast';
  toastBox.setAttribute('role', 'status');
  toastBox.setAttribute('aria-live', 'polite');
  const toastText = doc.createElement('span');
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = '×';
  dismiss.hidden = true;
  toastBox.append(toastText, dismiss);
  container.append(layer, control, idea, toastBox);

  let current: HTMLElement | null = null;
  let highlights: readonly Highlight[] = [];
  let toastTimer: number | undefined;
  let toastMessage: (() => string) | undefined;
  let clickHandler: () => void = () => undefined;
  let ideaHandler: () => void = () => undefined;

  const label = () => {
    const key: MessageKey = control.dataset.state === 'captured' ? 'captureControlCaptured' : 'captureControlLabel';
    control.setAttribute('aria-label', tr(key));
    control.title = tr(key);
    control.replaceChildren(svgIcon(doc, control.dataset.state === 'captured' ? ICON_CAPTURED : ICON_CAPTURE));
  };
  const disposers = [
    watchCells([pageSettings, pageTexts], () => {
      shadow.setTheme(pageSettings.get().theme);
      label();
      dismiss.setAttribute('aria-label', tr('captureToastDismiss'));
      idea.setAttribute('aria-label', tr('ideas_saveAsIdea'));
      idea.title = tr('ideas_saveAsIdea');
      if (toastMessage) toastText.textContent = toastMessage();
    }),
  ];
  ctx.onInvalidated(() => {
    for (const dispose of disposers) dispose();
  });

  /** Nothing the site lets users click lies under this box (our own host aside). */
  const isFree = (box: { left: number; top: number; width: number; height: number }) =>
    samplePoints(box).every(({ left, top }) =>
      doc.elementsFromPoint(left, top).every((element) => {
        if (element === host || host.contains(element)) return true;
        const clickable = element.closest(INTERACTIVE);
        // A whole post made focusable or clickable (X's article) is the post itself, not a button.
        return !clickable || (current !== null && clickable.contains(current));
      }),
    );

  const placeControl = (): boolean => {
    if (!current?.isConnected) {
      control.hidden = true;
      idea.hidden = true;
      return false;
    }
    control.hidden = true; // out of the way while measuring what lies under each spot
    idea.hidden = true;
    const rect = current.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const spot = chooseSpot(rect, viewport, CONTROL_SIZE, isFree);
    if (!spot) return false;
    // Chosen in the viewport, placed in the document (the host's own box is the origin).
    const origin = host.getBoundingClientRect();
    control.style.left = `${spot.left - origin.left}px`;
    control.style.top = `${spot.top - origin.top}px`;
    control.hidden = false;
    // The idea button sits under the capture control, when that spot is free too.
    const below = { left: spot.left, top: spot.top + CONTROL_SIZE + 4, width: CONTROL_SIZE, height: CONTROL_SIZE };
    if (below.top + CONTROL_SIZE <= viewport.height && isFree(below)) {
      idea.style.left = `${below.left - origin.left}px`;
      idea.style.top = `${below.top - origin.top}px`;
      idea.hidden = false;
    }
    return true;
  };

  const drawHighlights = () => drawHighlightBoxes(doc, layer, highlights, () => host.getBoundingClientRect());
  const drawHighlightsAfterFrame = afterNextFrame(ctx, drawHighlights);

  const closeToast = () => {
    delete toastBox.dataset.open;
    toastMessage = undefined;
    toastText.textContent = '';
    dismiss.hidden = true;
  };
  ctx.addEventListener(dismiss, 'click', closeToast);
  ctx.addEventListener(control, 'click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    clickHandler();
  });
  ctx.addEventListener(idea, 'click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    ideaHandler();
  });

  return {
    isOurs: (node) => node === host || (node !== null && host.contains(node)),
    showControl(post, captured) {
      current = post;
      control.dataset.state = captured ? 'captured' : 'idle';
      label();
      return placeControl();
    },
    setCaptured(captured) {
      control.dataset.state = captured ? 'captured' : 'idle';
      label();
    },
    setHighlights(next) {
      highlights = next;
      drawHighlightsAfterFrame();
    },
    hasHighlights: () => highlights.length > 0,
    reposition() {
      if (current) placeControl();
      drawHighlights();
    },
    toast(message, tone = 'info', detail = {}) {
      toastMessage = message;
      toastText.textContent = message();
      toastBox.dataset.tone = tone;
      toastBox.dataset.open = '';
      toastBox.dataset.state = detail.state ?? '';
      if (detail.attempts !== undefined) toastBox.dataset.attempts = String(detail.attempts);
      dismiss.hidden = false;
      if (toastTimer !== undefined) clearTimeout(toastTimer);
      toastTimer = ctx.setTimeout(closeToast, tone === 'error' ? TOAST_MS * 2 : TOAST_MS);
    },
    onControlClick(handler) {
      clickHandler = handler;
    },
    onIdeaClick(handler) {
      ideaHandler = handler;
    },
  };
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Layout reads for marks drawn over the page (outlines, the capture control, team marks, the
 * identity badge) run once the next frame is laid out and painted, in the task after it, where the
 * page's layout is done. Read in an animation frame instead, they force the page to lay out first
 * what it changed since the last frame, ahead of its own callbacks (on a feed of 5,000 posts
 * growing as it scrolls: 40-90 ms of layout inside our callback, and again after the page's own
 * changes).
 *
 * Returns `schedule`: calls made before the run are one run; nothing runs once `ctx` ended. The
 * browser's own frame and timer are used, not the context's: WXT's add an abort listener per call
 * that stays until the script ends.
 */
export function afterNextFrame(ctx: ContentScriptContext, run: () => void): () => void {
  let pending = false;
  return () => {
    if (pending || ctx.isInvalid) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        if (ctx.isValid) run();
      }, 0),
    );
  };
}

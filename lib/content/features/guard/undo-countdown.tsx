import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UNDO_CSS } from '@/lib/content/features/guard/styles';
import { contentSettings, tr } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';

/** How an undo window ended: it ran out (send), the user took it back, or the page went away. */
export type UndoOutcome = 'send' | 'undo' | 'gone';

export interface UndoModel {
  /** "@acme", who the post leaves from. */
  handle: string;
  seconds: number;
}

function Countdown({ model, end }: { model: UndoModel; end: (outcome: UndoOutcome) => void }) {
  const [left, setLeft] = useState(model.seconds);
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Counted by the timer that runs it, not the clock: a tab in the background sends no earlier.
    const tick = setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    if (left === 0) end('send');
  }, [left, end]);
  return (
    <div class="undo" role="status" data-testid="undo-countdown" data-seconds={left}>
      <span aria-live="off">{tr('undoCountdown', [model.handle, String(left)])}</span>
      <button
        ref={undo}
        type="button"
        onClick={() => end('undo')}
        onKeyDown={(event) => {
          // The site must not act on keys pressed on our button.
          event.stopPropagation();
        }}
      >
        {tr('undoButton')}
      </button>
    </div>
  );
}

/**
 * Shows "Sending as @acme in 7 s — Undo" in its own shadow root and resolves when the time is up,
 * the user undoes (the button or Esc), or the page ends (in-page navigation): then nothing is sent.
 */
export function runUndoCountdown(ctx: ContentScriptContext, model: UndoModel, doc = document): Promise<UndoOutcome> {
  const surface = createShadowHost(ctx, 'undo-countdown', UNDO_CSS, doc);
  surface.setTheme(contentSettings.value.theme);
  return new Promise((resolve) => {
    let done = false;
    const end = (outcome: UndoOutcome) => {
      if (done) return;
      done = true;
      doc.removeEventListener('keydown', onEscape, true);
      render(null, surface.container);
      surface.remove();
      resolve(outcome);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      end('undo');
    };
    doc.addEventListener('keydown', onEscape, true);
    ctx.onInvalidated(() => end('gone'));
    render(<Countdown model={model} end={end} />, surface.container);
  });
}

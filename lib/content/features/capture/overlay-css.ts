/**
 * Styles of the capture overlay (its own shadow root: nothing leaks into the site). Its host lies
 * at the document's origin: the control and the outlines are placed in the document's coordinates
 * and scroll with their posts; the toast is fixed to the viewport.
 */
export const CAPTURE_CSS = `
:host { position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483646 !important; }
.cmc-root { pointer-events: none; }
.cmc-capture, .cmc-idea {
  position: absolute; width: 28px; height: 28px; padding: 0; display: grid; place-items: center;
  border-radius: 50%; border: 1px solid var(--cmc-border); background: var(--cmc-bg); color: var(--cmc-accent);
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); cursor: pointer; pointer-events: auto;
  transition: opacity 120ms ease-out, transform 120ms ease-out;
}
.cmc-capture[hidden], .cmc-idea[hidden] { display: none; }
.cmc-capture:hover, .cmc-idea:hover { background: var(--cmc-bg-soft); transform: scale(1.08); }
.cmc-capture[data-state="captured"] { background: var(--cmc-accent); color: var(--cmc-accent-fg); border-color: var(--cmc-accent); }
.cmc-capture svg, .cmc-idea svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2;
  stroke-linecap: round; stroke-linejoin: round; }
.cmc-highlight {
  position: absolute; pointer-events: none; border: 2px solid var(--cmc-warning); border-radius: 8px;
  box-shadow: 0 0 0 3px color-mix(in srgb, var(--cmc-warning) 22%, transparent);
}
.cmc-highlight-tag {
  position: absolute; right: 8px; top: -11px; max-width: 60%; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 18px;
  background: var(--cmc-warning); color: var(--cmc-bg);
}
.cmc-person-only { border-color: transparent; box-shadow: none; }
.cmc-person {
  position: absolute; left: 8px; top: -11px; max-width: 60%; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 18px; font-weight: 600;
  background: var(--cmc-accent); color: var(--cmc-accent-fg);
}
.cmc-toast {
  position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: min(92vw, 480px);
  display: flex; gap: 10px; align-items: center; padding: 8px 8px 8px 14px; border-radius: 8px;
  background: var(--cmc-fg); color: var(--cmc-bg); box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
}
/* Clicks go through the message to the page; only its close button takes them. */
.cmc-toast button { pointer-events: auto; }
.cmc-toast:not([data-open]) { opacity: 0; pointer-events: none; }
.cmc-toast button[hidden] { display: none; }
.cmc-toast[data-tone="error"] { background: var(--cmc-danger); color: #fff; }
.cmc-toast button { all: unset; cursor: pointer; padding: 2px 8px; border-radius: 4px; font-size: 18px; line-height: 1; }
.cmc-toast button:focus-visible { outline: 2px solid currentColor; }
@media (prefers-reduced-motion: reduce) { .cmc-capture, .cmc-idea { transition: none; } }
`;

/** The picker's styles, inside its shadow root (base colours from lib/content/ui/shadow-host.ts). */
export const PICKER_CSS = `
.picker {
  position: fixed; z-index: 2147483647; width: min(380px, calc(100vw - 16px));
  max-height: min(440px, calc(100vh - 16px)); display: flex; flex-direction: column;
  background: var(--cmc-bg); color: var(--cmc-fg); border: 1px solid var(--cmc-border);
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.25); overflow: hidden;
}
.picker__head { display: flex; gap: 8px; align-items: center; padding: 8px 10px;
  border-bottom: 1px solid var(--cmc-border); background: var(--cmc-bg-soft); }
.picker__title { font-weight: 600; font-size: 13px; }
.picker__filter { margin-left: auto; font: 12px ui-monospace, monospace; color: var(--cmc-muted); }
.picker input { font: inherit; color: inherit; background: var(--cmc-bg); border: 1px solid var(--cmc-border);
  border-radius: 6px; padding: 4px 8px; width: 100%; }
.picker__list { margin: 0; padding: 4px; overflow-y: auto; max-height: 180px; flex: none; }
.picker__option { display: flex; gap: 6px; align-items: baseline; padding: 5px 8px; border-radius: 6px; cursor: pointer; }
.picker__option[aria-selected="true"] { background: var(--cmc-accent); color: var(--cmc-accent-fg); }
.picker__option[aria-selected="true"] .picker__meta { color: inherit; opacity: .85; }
.picker__name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.picker__meta { font-size: 12px; color: var(--cmc-muted); white-space: nowrap; }
.picker__preview { padding: 8px 10px; border-top: 1px solid var(--cmc-border); overflow-y: auto; flex: 1 1 auto; min-height: 0; }
.picker__text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 6px; }
.picker__fields { display: grid; gap: 6px; margin: 6px 0; }
.picker__fields label { display: grid; gap: 2px; font-size: 12px; font-weight: 600; }
.picker__warn { color: var(--cmc-warning); font-size: 12px; margin: 4px 0; }
.picker__over { color: var(--cmc-danger); font-weight: 600; font-size: 12px; margin: 4px 0; }
.picker__foot { display: flex; justify-content: space-between; gap: 8px; padding: 6px 10px; font-size: 12px;
  color: var(--cmc-muted); border-top: 1px solid var(--cmc-border); background: var(--cmc-bg-soft); }
.picker__count[data-over="true"] { color: var(--cmc-danger); font-weight: 700; }
.picker__empty { padding: 10px; color: var(--cmc-muted); margin: 0; }
.picker__more { padding: 4px 10px; color: var(--cmc-muted); font-size: 12px; margin: 0; }
.picker__announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
.picker__notice { padding: 6px 10px; margin: 0; color: var(--cmc-danger); font-size: 12px; }
`;

/** The dialog: a modal card over a dimmed page; Send anyway reads as the risky choice. */
export const DIALOG_CSS = `
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgb(0 0 0 / 0.35);
  display: flex; align-items: center; justify-content: center; }
.dialog { width: min(440px, calc(100vw - 32px)); background: var(--cmc-bg); color: var(--cmc-fg);
  border: 1px solid var(--cmc-border); border-top: 4px solid var(--cmc-danger); border-radius: 10px;
  padding: 16px 18px; box-shadow: 0 12px 32px rgb(0 0 0 / 0.3); }
.dialog.is-soft { border-top-color: var(--cmc-warning); }
h2 { margin: 0 0 8px; font-size: 16px; }
.reasons { margin: 0 0 12px; padding-left: 18px; }
.reasons li { margin: 4px 0; }
.accounts { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0 0 16px;
  padding: 8px 10px; background: var(--cmc-bg-soft); border-radius: 6px; }
dt { color: var(--cmc-muted); }
dd { margin: 0; font-weight: 600; display: flex; align-items: center; gap: 6px; overflow-wrap: anywhere; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.actions { display: flex; justify-content: flex-end; gap: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; cursor: pointer; border: 1px solid var(--cmc-border); }
.secondary { background: var(--cmc-bg); color: var(--cmc-fg); }
.danger { background: var(--cmc-danger); border-color: var(--cmc-danger); color: var(--cmc-bg); font-weight: 600; }
.primary { background: var(--cmc-accent); border-color: var(--cmc-accent); color: var(--cmc-accent-fg); }
`;

/**
 * Badges sit over the page without taking clicks: they only tell. The layer is anchored to the
 * document, so a badge scrolls with its box without being redrawn; a box in a fixed or sticky
 * container gets a badge fixed to the window (`.is-fixed`).
 */
export const BADGE_CSS = `
.badges { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
.badge { position: absolute; transform: translate(-100%, -100%); max-width: 60vw; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; font-size: 12px; line-height: 18px; padding: 0 8px;
  border-radius: 9px; background: var(--cmc-bg); color: var(--cmc-fg);
  border: 1px solid var(--badge-colour, var(--cmc-border)); box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
.badge.is-fixed { position: fixed; }
.badge .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 5px;
  background: var(--badge-colour, var(--cmc-muted)); }
.badge.is-unknown { border-style: dashed; color: var(--cmc-muted); }
`;

/** The register offer: a small card in a corner, never over the composer. */
export const NOTICE_CSS = `
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: min(340px, calc(100vw - 32px));
  background: var(--cmc-bg); color: var(--cmc-fg); border: 1px solid var(--cmc-border);
  border-left: 4px solid var(--cmc-accent); border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.2); }
.notice p { margin: 0 0 8px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--cmc-border); background: var(--cmc-bg-soft); color: var(--cmc-fg); }
button.primary { background: var(--cmc-accent); border-color: var(--cmc-accent); color: var(--cmc-accent-fg); }
`;

/** The undo window's countdown: a bar at the bottom centre, above the site, never over the box's text. */
export const UNDO_CSS = `
.undo { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483647;
  display: flex; align-items: center; gap: 12px; max-width: calc(100vw - 32px);
  background: var(--cmc-fg); color: var(--cmc-bg); border-radius: 8px; padding: 10px 14px;
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.3); font-weight: 600; }
.undo span { overflow-wrap: anywhere; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; cursor: pointer; flex: none;
  border: 1px solid var(--cmc-bg); background: transparent; color: var(--cmc-bg); font-weight: 700; }
`;

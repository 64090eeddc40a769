import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Colours and type for every in-page surface; follows the system, or the theme chosen in Settings. */
const BASE_CSS = `
:host { all: initial; }
.cmc-root {
  --cmc-bg: #ffffff; --cmc-bg-soft: #f3f4f6; --cmc-fg: #1f2328; --cmc-muted: #5b636e;
  --cmc-border: #d0d7de; --cmc-accent: #0b63ce; --cmc-accent-fg: #ffffff; --cmc-danger: #cf222e;
  --cmc-warning: #9a6700;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--cmc-fg);
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .cmc-root {
    --cmc-bg: #1f2227; --cmc-bg-soft: #2a2e35; --cmc-fg: #e6e8eb; --cmc-muted: #a2aab4;
    --cmc-border: #3a3f46; --cmc-accent: #5ea3ff; --cmc-accent-fg: #0d1117; --cmc-danger: #ff7b72;
    --cmc-warning: #d29922;
  }
}
:host([data-theme="dark"]) .cmc-root {
  --cmc-bg: #1f2227; --cmc-bg-soft: #2a2e35; --cmc-fg: #e6e8eb; --cmc-muted: #a2aab4;
  --cmc-border: #3a3f46; --cmc-accent: #5ea3ff; --cmc-accent-fg: #0d1117; --cmc-danger: #ff7b72;
  --cmc-warning: #d29922;
}
.cmc-root *, .cmc-root *::before, .cmc-root *::after { box-sizing: border-box; }
.cmc-root :focus-visible { outline: 2px solid var(--cmc-accent); outline-offset: 2px; }
`;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where a Preact tree renders. */
  container: HTMLElement;
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  remove(): void;
}

/**
 * An in-page surface in its own shadow root, so the site's CSS cannot break it and its CSS
 * cannot leak into the site. Open mode: the page could reach it anyway, and tests need to.
 */
export function createShadowHost(ctx: ContentScriptContext, name: string, css: string, doc = document): ShadowHost {
  const host = doc.createElement(`cm-companion-${name}`);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + css;
  const container = doc.createElement('div');
  container.className = 'cmc-root';
  root.append(style, container);
  // On <html> rather than <body>: sites re-render their body, and we must not be swept away.
  doc.documentElement.append(host);
  const remove = () => host.remove();
  ctx.onInvalidated(remove);
  return {
    host,
    root,
    container,
    setTheme(theme) {
      if (theme === 'auto') delete host.dataset.theme;
      else host.dataset.theme = theme;
    },
    remove,
  };
}

/**
 * The message shown in the page when a box would not take a template: what happened, that the
 * text is on the clipboard, and what to press. It stays near the box until dismissed, a key is
 * typed, or 12 seconds pass; screen readers hear it (role="alert").
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { tr } from '@/lib/content/ui/locale';
import { createShadowHost } from '@/lib/content/ui/shadow-host';

const CSS = `
.notice { position: fixed; z-index: 2147483647; max-width: 360px; padding: 10px 14px; border-radius: 8px;
  background: var(--cmc-bg); color: var(--cmc-fg); border: 1px solid var(--cmc-border, #c33);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); font: 14px/1.4 system-ui, sans-serif; }
.notice kbd { font: inherit; font-weight: 600; }
`;

const isMac = (doc: Document) => /Mac|iPhone|iPad/.test(doc.defaultView?.navigator.platform ?? '');

/** Shows the notice under `box`; returns a function that removes it. */
export function showInsertFailure(
  ctx: ContentScriptContext,
  box: HTMLElement,
  copied: boolean,
  doc: Document,
): () => void {
  const host = createShadowHost(ctx, 'insert-notice', CSS, doc);
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.dataset.testid = 'insert-failure';
  const keys = isMac(doc) ? '⌘+V' : 'Ctrl+V';
  notice.textContent = copied ? tr('insertFailedCopied', [keys]) : tr('insertFailedNotCopied');
  const rect = box.getBoundingClientRect();
  const view = doc.defaultView ?? window;
  notice.style.left = `${Math.max(8, Math.min(rect.left, view.innerWidth - 376))}px`;
  notice.style.top = `${Math.min(rect.bottom + 8, view.innerHeight - 80)}px`;
  host.container.append(notice);
  const controller = new AbortController();
  const remove = () => {
    controller.abort();
    host.remove();
  };
  const timer = setTimeout(remove, 12_000);
  controller.signal.addEventListener('abort', () => clearTimeout(timer));
  notice.addEventListener('click', remove, { signal: controller.signal });
  // The paste itself (or the next edit) is when the message has done its job.
  doc.addEventListener('paste', () => setTimeout(remove, 1500), { capture: true, signal: controller.signal });
  return remove;
}

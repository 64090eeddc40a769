import { deepActiveElement } from '@/lib/dom/caret';

/**
 * The fallback when insertion fails: puts the text on the clipboard so the user can paste it
 * (tell them so). Async Clipboard API first, then a temporary textarea + execCommand('copy')
 * for pages that deny it; focus returns where it was. Resolves false when both fail.
 */
export async function copyToClipboardFallback(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no user activation, permissions policy): try the legacy path.
    }
  }
  const previous = deepActiveElement(doc);
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  doc.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  }
  return copied;
}

import { tr } from '@/lib/content/ui/texts';

export interface Highlight {
  key: string;
  element: HTMLElement;
  keywords: string[];
  /** The author is a highlighted person: the mark shown by their name ("★ VIP"). */
  person?: string;
}

/** Where the overlay's own box lies in the viewport: its marks are placed relative to it. */
export interface Origin {
  left: number;
  top: number;
}

/**
 * Outlines the highlighted posts on screen in `layer`, replacing what it drew before. The overlay
 * lies in the document (not fixed to the viewport): the outlines scroll with their posts, with no
 * work of ours. Posts off screen or gone get none.
 */
export function drawHighlightBoxes(
  doc: Document,
  layer: HTMLElement,
  highlights: readonly Highlight[],
  origin: () => Origin,
): void {
  // Nothing to outline: no layout read (it would force the page to lay out a feed mid-scroll).
  if (highlights.length === 0) {
    if (layer.firstChild) layer.replaceChildren();
    return;
  }
  const viewportHeight = doc.documentElement.clientHeight;
  const { left, top } = origin();
  const boxes: HTMLElement[] = [];
  for (const highlight of highlights) {
    if (!highlight.element.isConnected) continue;
    const rect = highlight.element.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > viewportHeight || rect.width === 0) continue;
    const box = doc.createElement('div');
    box.className = highlight.keywords.length > 0 ? 'cmc-highlight' : 'cmc-highlight cmc-person-only';
    box.dataset.key = highlight.key;
    Object.assign(box.style, {
      left: `${rect.left - left - 3}px`,
      top: `${rect.top - top - 3}px`,
      width: `${rect.width + 6}px`,
      height: `${rect.height + 6}px`,
    });
    if (highlight.keywords.length > 0) {
      const tag = doc.createElement('span');
      tag.className = 'cmc-highlight-tag';
      tag.textContent = highlight.keywords.join(', ');
      box.title = tr('captureHighlightLabel', [highlight.keywords.join(', ')]);
      box.append(tag);
    }
    if (highlight.person) {
      // By the author's name, which every network prints at the post's top left.
      const mark = doc.createElement('span');
      mark.className = 'cmc-person';
      mark.textContent = highlight.person;
      box.append(mark);
    }
    boxes.push(box);
  }
  layer.replaceChildren(...boxes);
}

/**
 * Small page-reading helpers for the YouTube adapter. Nothing here throws: a missing element or a
 * malformed href gives undefined.
 * (Reddit and Threads keep the same helpers in their folders; they belong in a shared lib/dom/.)
 */

/** A SELECTORS entry (one selector or a list of alternatives) as one selector list. */
export function anyOf(selector: string | readonly string[]): string {
  return typeof selector === 'string' ? selector : selector.join(', ');
}

/** Trimmed text content, or '' for a missing element. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** `href` resolved against the element's document, as the browser would; undefined when absent or invalid. */
export function absoluteUrl(element: Element | null | undefined, attribute = 'href'): string | undefined {
  const value = element?.getAttribute(attribute);
  if (!element || !value) return undefined;
  try {
    return new URL(value, element.ownerDocument.baseURI).href;
  } catch {
    return undefined;
  }
}

/** The elements matching `selector` under `container` whose nearest `owner` ancestor is `container` itself. */
export function scopedAll(container: Element, selector: string, owner: string): Element[] {
  return [...container.querySelectorAll(selector)].filter((element) => element.closest(owner) === container);
}

/** First element of {@link scopedAll}, or null. */
export function scopedFirst(container: Element, selector: string, owner: string): Element | null {
  return scopedAll(container, selector, owner)[0] ?? null;
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'figure',
  'table',
  'tr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function isBlock(node: Node | null): boolean {
  return node?.nodeType === 1 && BLOCKS.has((node as Element).localName);
}

/**
 * Plain text of a rendered post body with its line breaks: `<br>` and literal newlines (YouTube and
 * Threads render text `pre-wrap`) become `\n`, paragraphs are separated by a blank line, other blocks
 * start a line, emoji images give their alt. Whitespace-only text that only indents markup is dropped.
 */
export function plainText(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const indentation =
        !/\S/.test(value) &&
        value.includes('\n') &&
        (!node.previousSibling || !node.nextSibling || isBlock(node.previousSibling) || isBlock(node.nextSibling));
      if (!indentation) parts.push(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.localName;
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') parts.push('\n');
    else if (tag === 'img') parts.push(child.getAttribute('alt') ?? '');
    else {
      const separator = tag === 'p' ? '\n\n' : BLOCKS.has(tag) ? '\n' : '';
      parts.push(separator);
      for (const grandchild of child.childNodes) visit(grandchild);
      parts.push(separator);
    }
  };
  for (const child of element.childNodes) visit(child);
  return parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

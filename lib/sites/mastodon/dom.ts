/**
 * Small DOM readers for the Mastodon adapter. They never throw and never read HTML: only text, attributes
 * and `alt` of emoji images.
 */

/** A selector or its list of alternatives, as declared in selectors.ts. */
export type Selector = string | readonly string[];

/** Every element matching any alternative, once each, in document order. */
export function queryAll(root: ParentNode, selector: Selector): HTMLElement[] {
  const list = typeof selector === 'string' ? [selector] : selector;
  const found = new Set<HTMLElement>();
  for (const one of list) {
    for (const element of root.querySelectorAll<HTMLElement>(one)) found.add(element);
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** First element matching any alternative (document order), or null. */
export function queryFirst(root: ParentNode, selector: Selector): HTMLElement | null {
  return queryAll(root, selector)[0] ?? null;
}

/**
 * Plain text as a reader sees it: paragraphs are separated by a blank line, `<br>` is a line
 * break, emoji images (Unicode and custom `:shortcode:`) become their `alt`, links their full
 * text (Mastodon hides the scheme in a `.invisible` span). Leading and trailing blanks are trimmed.
 */
export function plainText(node: Node | null | undefined): string {
  if (!node) return '';
  let out = '';
  const walk = (parent: Node): void => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.localName;
        if (tag === 'p' && out.trim() !== '') out = `${out.trimEnd()}\n\n`;
        if (tag === 'br') out += '\n';
        else if (tag === 'img') out += element.getAttribute('alt') ?? '';
        else if (tag !== 'script' && tag !== 'style' && tag !== 'svg') walk(element);
      }
    }
  };
  walk(node);
  return out.trim();
}

/** `href` resolved against the page address (the document's base URI), or '' when there is none. */
export function absoluteUrl(element: Element | null | undefined): string {
  const href = element?.getAttribute('href');
  if (!element || !href) return '';
  try {
    return new URL(href, element.ownerDocument.baseURI).href;
  } catch {
    return '';
  }
}

/** `path` resolved against the page address of `node`, or '' when it cannot be. */
export function resolveUrl(path: string, node: Node): string {
  try {
    const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
    return doc ? new URL(path, doc.baseURI).href : '';
  } catch {
    return '';
  }
}

/** The address of the page holding `node` (its base URI), or null when it cannot be parsed. */
export function pageUrl(node: Node): URL | null {
  try {
    const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
    return doc ? new URL(doc.baseURI) : null;
  } catch {
    return null;
  }
}

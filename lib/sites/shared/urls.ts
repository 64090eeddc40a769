/**
 * Address helpers shared by every network: links are resolved as the browser would, against the
 * document's base URI, and a malformed address gives undefined instead of an exception.
 */

function documentOf(node: Node): Document | null {
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}

/** `href` resolved against the page address of `node`, or undefined when it is empty or not a URL. */
export function resolveUrl(href: string | null | undefined, node: Node): string | undefined {
  if (!href) return undefined;
  try {
    const doc = documentOf(node);
    return doc ? new URL(href, doc.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/** An element's `href` (or another URL attribute) made absolute; undefined when absent or invalid. */
export function hrefOf(element: Element | null | undefined, attribute = 'href'): string | undefined {
  return element ? resolveUrl(element.getAttribute(attribute), element) : undefined;
}

/** The address of the page holding `node` (its base URI), or null when it cannot be parsed. */
export function pageUrl(node: Node): URL | null {
  try {
    const doc = documentOf(node);
    return doc ? new URL(doc.baseURI) : null;
  } catch {
    return null;
  }
}

/** The host name of the page, or '' when its address cannot be parsed. */
export function hostOf(doc: Document): string {
  return pageUrl(doc)?.hostname ?? '';
}

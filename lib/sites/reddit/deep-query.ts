/**
 * Queries that cross open shadow roots. Reddit's shreddit UI is made of web components; the fact
 * sheet leaves open which of their parts sit in shadow roots (§12 question 5), so composers and their
 * buttons are looked up through them. Closed shadow roots stay invisible, as they should.
 */

function shadowOf(node: ParentNode): ShadowRoot | null {
  return (node as Element).shadowRoot ?? null;
}

/** Every element matching `selector` under `root` and inside every open shadow root below it: light DOM first. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const seen = new Set<ParentNode>();
  const visit = (scope: ParentNode): void => {
    if (seen.has(scope)) return;
    seen.add(scope);
    found.push(...scope.querySelectorAll(selector));
    const own = shadowOf(scope);
    if (own) visit(own);
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** First element of {@link deepQueryAll}, or null. */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  return deepQueryAll(root, selector)[0] ?? null;
}

/** Like `element.closest(selector)`, continuing through shadow hosts up to the document. */
export function closestComposed(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

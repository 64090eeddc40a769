/**
 * Shadow-piercing lookup: Reddit's composer and LinkedIn's dialogs (`#interop-outlet`) live in
 * open shadow roots, which `querySelector` does not enter. Closed roots stay unreachable.
 */
export function querySelectorDeep<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!element.shadowRoot) continue;
    const found = querySelectorDeep<T>(element.shadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/**
 * Every element matching `selector` under `root` and inside every open shadow root below it (and
 * root's own, when root is a host): light DOM first, then each shadow root in document order.
 */
export function querySelectorAllDeep<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const seen = new Set<ParentNode>();
  const visit = (scope: ParentNode): void => {
    if (seen.has(scope)) return;
    seen.add(scope);
    found.push(...scope.querySelectorAll<T>(selector));
    const own = (scope as Element).shadowRoot;
    if (own) visit(own);
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Like `element.closest(selector)`, continuing through shadow hosts up to the document. */
export function closestDeep<T extends Element = Element>(element: Element, selector: string): T | null {
  let node: Element | null = element;
  while (node) {
    const hit = node.closest<T>(selector);
    if (hit) return hit;
    node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

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

/**
 * Small DOM readers for the Instagram adapter. They never throw and never read HTML: only text,
 * attributes and the `alt` of emoji images.
 */

/** One CSS selector or a list of alternatives (one per UI variant), as in each `selectors.ts`. */
type SelectorList = string | readonly string[];

function alternatives(selector: SelectorList): readonly string[] {
  return typeof selector === 'string' ? [selector] : selector;
}

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Every element under root matching any alternative, deduplicated, in document order. Each
 * alternative is queried alone so one the browser cannot parse (`:has` on an old engine) only
 * loses its own matches.
 */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: SelectorList): E[] {
  const found = new Set<E>();
  for (const one of alternatives(selector)) {
    try {
      for (const el of root.querySelectorAll<E>(one)) found.add(el);
    } catch {
      // An unsupported selector matches nothing.
    }
  }
  return [...found].sort(byDocumentOrder);
}

/** Whether el matches any alternative. */
export function matchesAny(el: Element, selector: SelectorList): boolean {
  return alternatives(selector).some((one) => {
    try {
      return el.matches(one);
    } catch {
      return false;
    }
  });
}

/** The nearest inclusive ancestor of el matching any alternative, or null. */
export function closestAny<E extends Element = HTMLElement>(el: Element, selector: SelectorList): E | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesAny(node, selector)) return node as E;
  }
  return null;
}

/**
 * Matches of selector inside scope that belong to scope itself: a match whose nearest
 * `boundary` ancestor is a descendant of scope (a nested comment) is left out.
 */
export function ownQueryAll<E extends Element = HTMLElement>(
  scope: Element,
  selector: SelectorList,
  boundary: SelectorList,
): E[] {
  return queryAll<E>(scope, selector).filter((el) => {
    const owner = el.parentElement ? closestAny(el.parentElement, boundary) : null;
    return !owner || owner === scope || !scope.contains(owner);
  });
}

/** First of {@link ownQueryAll}. */
export function ownQueryFirst<E extends Element = HTMLElement>(
  scope: Element,
  selector: SelectorList,
  boundary: SelectorList,
): E | null {
  return ownQueryAll<E>(scope, selector, boundary)[0] ?? null;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'SECTION', 'ARTICLE']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'svg']);

/**
 * The text a reader sees in el, as plain text: `<br>` and block elements become line breaks,
 * source-formatting whitespace collapses as the browser renders it, emoji images give their
 * alt text, buttons ("…see more") and anything matching `skip` are left out.
 */
export function plainText(el: Element, skip?: SelectorList): string {
  let out = '';
  const breakLine = () => {
    out = out.replace(/ +$/, '');
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' ');
      // Source indentation between blocks is not text.
      out += !out || out.endsWith('\n') ? text.trimStart() : text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const child = node as Element;
    if (child.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (child.tagName === 'IMG') {
      out += child.getAttribute('alt') ?? '';
      return;
    }
    if (SKIPPED_TAGS.has(child.tagName) || child.getAttribute('role') === 'button') return;
    if (skip && matchesAny(child, skip)) return;
    const block = BLOCK_TAGS.has(child.tagName);
    if (block) breakLine();
    for (const grandChild of child.childNodes) walk(grandChild);
    if (block) breakLine();
  };
  for (const child of el.childNodes) walk(child);
  return out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** href resolved against the page address (relative links), or undefined when it is not a URL. */
export function absoluteUrl(href: string | null | undefined, el: Element): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, el.ownerDocument.baseURI).href;
  } catch {
    return undefined;
  }
}

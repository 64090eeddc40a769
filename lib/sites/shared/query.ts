/**
 * Safe DOM queries shared by every network. Nothing here throws: a selector the engine cannot
 * parse (`:has` on an old browser) only loses its own matches. Shadow-piercing lookups live in
 * lib/dom/deep-query.ts and are re-exported here so site code has one place to import from.
 */
export { closestDeep, querySelectorAllDeep, querySelectorDeep } from '@/lib/dom/deep-query';

/** One CSS selector or a list of alternatives (one per UI variant), as in each `selectors.ts`. */
export type SelectorList = string | readonly string[];

function alternatives(selector: SelectorList): readonly string[] {
  return typeof selector === 'string' ? [selector] : selector;
}

/** A selector or its alternatives as one comma-separated selector list (for `closest`, `matches`). */
export function anyOf(selector: SelectorList): string {
  return typeof selector === 'string' ? selector : selector.join(', ');
}

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Every element under root matching any alternative, deduplicated, in document order. Each
 * alternative is queried alone so one the browser cannot parse only loses its own matches.
 */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: SelectorList): E[] {
  try {
    // The common case, one query: a selector list is already deduplicated and in document order.
    return [...root.querySelectorAll<E>(anyOf(selector))];
  } catch {
    // One alternative does not parse: query the others one by one.
  }
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

/** The first element in document order matching any alternative, or null. */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, selector: SelectorList): E | null {
  return queryAll<E>(root, selector)[0] ?? null;
}

/** Whether el matches any alternative. */
export function matchesAny(el: Element, selector: SelectorList): boolean {
  try {
    return el.matches(anyOf(selector));
  } catch {
    return alternatives(selector).some((one) => {
      try {
        return el.matches(one);
      } catch {
        return false;
      }
    });
  }
}

// `:has(…)` and `:not(:has(…))`, one level of nested parentheses inside.
const HAS = /:not\(:has\((?:[^()]|\([^()]*\))*\)\)|:has\((?:[^()]|\([^()]*\))*\)/g;
const HAS_TESTS = new Map<string, { cheap: string; full: string }[]>();

/**
 * Each alternative with a cheap test every match of it passes: itself without its `:has()`
 * conditions. `closest` tries every alternative on every ancestor up to the root, and a `:has()`
 * tried on the feed's container searches the whole feed: with this test it is only tried on an
 * element that already is what the rest of the selector says.
 */
function hasTests(selector: SelectorList): { cheap: string; full: string }[] {
  const key = anyOf(selector);
  let tests = HAS_TESTS.get(key);
  if (!tests) {
    tests = alternatives(selector)
      .flatMap((one) => one.split(/,(?![^()]*\))/))
      .map((one) => one.trim())
      .map((full) => ({ full, cheap: full.replace(HAS, '').trim() || '*' }))
      .map((test) => (/(^|[\s>+~])$/.test(test.cheap) ? { ...test, cheap: `${test.cheap}*` } : test));
    HAS_TESTS.set(key, tests);
  }
  return tests;
}

/** The nearest inclusive ancestor of el matching any alternative, or null. */
export function closestAny<E extends Element = HTMLElement>(el: Element, selector: SelectorList): E | null {
  if (anyOf(selector).includes(':has(')) {
    const tests = hasTests(selector);
    for (let node: Element | null = el; node; node = node.parentElement) {
      for (const { cheap, full } of tests) {
        if (matchesAny(node, cheap) && matchesAny(node, full)) return node as E;
      }
    }
    return null;
  }
  try {
    return el.closest<E>(anyOf(selector));
  } catch {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (matchesAny(node, selector)) return node as E;
    }
    return null;
  }
}

/**
 * Matches of selector inside scope that belong to scope itself: a match whose nearest
 * `boundary` ancestor (above the match) is a descendant of scope (a nested comment) is left out.
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

/**
 * The matches under `container` whose nearest inclusive `owner` ancestor is `container` itself
 * (unlike {@link ownQueryAll}, a match that is itself an `owner` is left out).
 */
export function scopedAll(container: Element, selector: string, owner: string): Element[] {
  try {
    return [...container.querySelectorAll(selector)].filter((element) => element.closest(owner) === container);
  } catch {
    return [];
  }
}

/** First element of {@link scopedAll}, or null. */
export function scopedFirst(container: Element, selector: string, owner: string): Element | null {
  return scopedAll(container, selector, owner)[0] ?? null;
}

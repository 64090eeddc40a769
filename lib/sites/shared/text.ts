/**
 * Plain-text readers shared by every network. They never read HTML: only text nodes, `<br>`,
 * and the `alt` of emoji images. Networks render post text in three ways, so there are three
 * readers (the difference is real, not style):
 * - {@link collapsedText}: `white-space: normal` markup where source newlines are not text and
 *   blocks make lines (Facebook, Instagram, LinkedIn);
 * - {@link preWrapText}: `pre-wrap` text where literal newlines are line breaks and `<p>` a blank
 *   line (Reddit, Threads, YouTube);
 * - {@link inlineText}: flat text runs kept verbatim, with per-network hooks for paragraphs
 *   (Mastodon) and shortened links (Bluesky) (X, Bluesky, Mastodon).
 */
import { matchesAny, type SelectorList } from '@/lib/sites/shared/query';

const COLLAPSED_BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'SECTION',
  'ARTICLE',
]);
const COLLAPSED_SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'svg']);

/** Lines trimmed, runs of blank lines folded to one, the whole trimmed. */
function tidyLines(text: string, lineSpaces: RegExp | null): string {
  return text
    .split('\n')
    .map((line) => (lineSpaces ? line.replace(lineSpaces, ' ') : line).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a reader sees in el: `<br>` and block elements become line breaks, source-formatting
 * whitespace collapses as the browser renders it, emoji images give their alt text, buttons
 * ("…see more") and anything matching `skip` are left out.
 */
export function collapsedText(el: Element, skip?: SelectorList): string {
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
    if (COLLAPSED_SKIPPED.has(child.tagName) || child.getAttribute('role') === 'button') return;
    if (skip && matchesAny(child, skip)) return;
    const block = COLLAPSED_BLOCKS.has(child.tagName);
    if (block) breakLine();
    for (const grandChild of child.childNodes) walk(grandChild);
    if (block) breakLine();
  };
  for (const child of el.childNodes) walk(child);
  return tidyLines(out.replace(/\u00a0/g, ' '), null);
}

const PRE_WRAP_BLOCKS = new Set([
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
const PRE_WRAP_SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function isPreWrapBlock(node: Node | null): boolean {
  return node?.nodeType === Node.ELEMENT_NODE && PRE_WRAP_BLOCKS.has((node as Element).localName);
}

/**
 * Plain text of a `pre-wrap` post body: `<br>` and literal newlines become `\n`, paragraphs are
 * separated by a blank line, other blocks start a line, emoji images give their alt.
 * Whitespace-only text that only indents markup is dropped.
 */
export function preWrapText(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const indentation =
        !/\S/.test(value) &&
        value.includes('\n') &&
        (!node.previousSibling ||
          !node.nextSibling ||
          isPreWrapBlock(node.previousSibling) ||
          isPreWrapBlock(node.nextSibling));
      if (!indentation) parts.push(value);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const child = node as Element;
    const tag = child.localName;
    if (PRE_WRAP_SKIPPED.has(tag)) return;
    if (tag === 'br') parts.push('\n');
    else if (tag === 'img') parts.push(child.getAttribute('alt') ?? '');
    else {
      const separator = tag === 'p' ? '\n\n' : PRE_WRAP_BLOCKS.has(tag) ? '\n' : '';
      parts.push(separator);
      for (const grandchild of child.childNodes) visit(grandchild);
      parts.push(separator);
    }
  };
  for (const child of element.childNodes) visit(child);
  return tidyLines(parts.join('').replace(/\r\n?/g, '\n'), /[ \t]+/g);
}

/** Per-network hooks of {@link inlineText}. */
export interface InlineTextOptions {
  /** Separate `<p>` elements by a blank line (Mastodon). */
  paragraphs?: boolean;
  /** The text to show for a link instead of its content, or null to read its content (Bluesky). */
  link?: (anchor: Element) => string | null;
}

/**
 * Plain text as a reader sees it when the site keeps line breaks in text nodes: text runs are kept
 * as they are, `<br>` is a line break, emoji images become their `alt`. Leading and trailing blanks
 * are trimmed.
 */
export function inlineText(node: Node | null | undefined, options: InlineTextOptions = {}): string {
  if (!node) return '';
  let out = '';
  const walk = (parent: Node): void => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.localName;
        const link = tag === 'a' && options.link ? options.link(element) : null;
        if (options.paragraphs && tag === 'p' && out.trim() !== '') out = `${out.trimEnd()}\n\n`;
        if (link) out += link;
        else if (tag === 'br') out += '\n';
        else if (tag === 'img') out += element.getAttribute('alt') ?? '';
        else if (tag !== 'script' && tag !== 'style' && tag !== 'svg') walk(element);
      }
    }
  };
  walk(node);
  return out.trim();
}

/** Text content with whitespace folded to single spaces, or '' for a missing element. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The first non-empty trimmed text node under el (a name before a headline in the same link). */
export function firstTextLine(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

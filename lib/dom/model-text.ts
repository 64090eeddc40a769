/**
 * Plain text out of editor model objects found at run time (duck-typed: the page's own library
 * copies, never imported). Blocks are separated by one `\n`, the way the sites send them.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** Draft.js: `editorState.getCurrentContent().getPlainText('\n')`, or null if it is not an EditorState. */
export function textOfDraftState(state: unknown): string | null {
  if (!isObject(state) || typeof state.getCurrentContent !== 'function') return null;
  const content: unknown = state.getCurrentContent();
  if (!isObject(content) || typeof content.getPlainText !== 'function') return null;
  const text: unknown = content.getPlainText('\n');
  return typeof text === 'string' ? text : null;
}

/** Lexical element types whose children are lines of their own (lists, quotes, tables). */
const LEXICAL_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'code', 'table', 'tablerow']);

function lexicalNodeText(node: unknown): string {
  if (!isObject(node)) return '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  const children: unknown[] = node.children;
  let text = '';
  children.forEach((child, index) => {
    if (index > 0 && isObject(child) && LEXICAL_BLOCKS.has(String(child.type))) text += '\n';
    text += lexicalNodeText(child);
  });
  return text;
}

/**
 * Lexical: the serialized root (`editorState.toJSON().root`) as text, one line per top-level
 * block. (Lexical's own getTextContent puts a blank line between paragraphs.)
 */
export function lexicalJsonText(root: unknown): string | null {
  if (!isObject(root) || !Array.isArray(root.children)) return null;
  const blocks: unknown[] = root.children;
  return blocks.map(lexicalNodeText).join('\n');
}

interface PmNode {
  content: { size: number };
  textBetween(from: number, to: number, blockSeparator: string, leafText: (node: PmNode) => string): string;
  type: { name: string };
}

function isPmNode(value: unknown): value is PmNode {
  return isObject(value) && typeof value.textBetween === 'function' && isObject(value.content);
}

/** ProseMirror: the doc's text with `\n` between blocks and for hard breaks. */
export function proseMirrorText(doc: unknown): string | null {
  if (!isPmNode(doc)) return null;
  return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
    /^hard_?break$/i.test(leaf.type?.name ?? '') ? '\n' : '',
  );
}

/** Slate: one line per top-level block; inline elements and leaves joined (slate's Node.string). */
export function slateText(children: unknown[], isInline: (node: unknown) => boolean): string | null {
  const textOf = (node: unknown): string => {
    if (!isObject(node)) return '';
    if (typeof node.text === 'string') return node.text;
    if (!Array.isArray(node.children)) return '';
    const parts: unknown[] = node.children;
    let text = '';
    parts.forEach((child, index) => {
      const block = isObject(child) && Array.isArray(child.children) && !isInline(child);
      if (index > 0 && block) text += '\n';
      text += textOf(child);
    });
    return text;
  };
  return children.map(textOf).join('\n');
}

interface CkNode {
  is(type: string, name?: string): boolean;
  getChildren(): Iterable<CkNode>;
  data?: string;
}

function isCkNode(value: unknown): value is CkNode {
  return isObject(value) && typeof value.is === 'function';
}

/** CKEditor 5: the model root's blocks, one per line; `softBreak` elements are newlines. */
export function ckeditorRootText(root: unknown): string | null {
  if (!isCkNode(root) || typeof root.getChildren !== 'function') return null;
  const textOf = (node: CkNode): string => {
    if (node.is('$text') || node.is('$textProxy')) return node.data ?? '';
    if (node.is('element', 'softBreak')) return '\n';
    return typeof node.getChildren === 'function' ? [...node.getChildren()].map(textOf).join('') : '';
  };
  return [...root.getChildren()].map(textOf).join('\n');
}

/**
 * "Copy page structure" for a bug report: a skeleton of the page a maintainer can update an
 * adapter from after a redesign, without ever seeing anyone's data. Kept: tags, roles, the hook
 * attributes' values (data-testid, componentkey…) with ids replaced, class tokens, the NAMES of
 * aria-* and data-* attributes, link shapes (`/in/<slug>/`, `/posts/<id>`, query parameter names
 * only) and what the extension found where. Removed: every text, every name, image, alt, label,
 * title, value and query value. Pure DOM reading: runs in the page on demand only.
 */

/** Attributes whose values are hooks, not content (ids in them are replaced). */
const HOOK_VALUES = new Set([
  'role',
  'type',
  'contenteditable',
  'data-testid',
  'data-view-name',
  'data-ad-rendering-role',
  'data-ad-comet-preview',
  'data-ad-preview',
  'data-lexical-editor',
  'data-pagelet',
  'componentkey',
  'dir',
  'lang',
  'tabindex',
  'aria-posinset',
  'aria-setsize',
  'aria-hidden',
  'aria-expanded',
  'aria-multiline',
  'shadowrootmode',
]);
/** Attributes never shown, not even by name (the extension's own and the fixtures'). */
const SKIPPED_ATTRIBUTES = /^(class|id|style|href|src|srcset|data-fixture.*|data-cm-.*)$/;
/** Elements whose content is never walked (code, styles, media sources, our own UI). */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'svg', 'SVG', 'TEMPLATE', 'IFRAME', 'CODE']);
/** Path segments that say what a link is; any other segment is a slug or an id. */
const STRUCTURAL_SEGMENTS = new Set([
  'in',
  'company',
  'school',
  'showcase',
  'feed',
  'update',
  'posts',
  'post',
  'permalink.php',
  'profile.php',
  'story.php',
  'photo.php',
  'photo',
  'photos',
  'videos',
  'watch',
  'groups',
  'user',
  'people',
  'pages',
  'events',
  'reel',
  'reels',
  'audio',
  'p',
  'c',
  'r',
  'stories',
  'explore',
  'direct',
  'inbox',
  'messages',
  't',
  'messaging',
  'thread',
  'notifications',
  'mynetwork',
  'search',
  'results',
  'all',
  'hashtag',
  'status',
  'statuses',
  'comments',
  'comment',
  'shorts',
  'channel',
  'profile',
  'home',
  'l.php',
]);
/** A path word every user's links share (`posts`, `reels`…), kept in link shapes. */
export function isStructuralSegment(segment: string): boolean {
  return STRUCTURAL_SEGMENTS.has(segment);
}

const MAX_LINES = 4000;
const MAX_DEPTH = 80;

/** A token that is an id: a run of 3+ digits, or 12+ characters mixing letters and 2+ digits. */
function isIdToken(token: string): boolean {
  return /\d{3}/.test(token) || (token.length >= 12 && (token.match(/\d/g)?.length ?? 0) >= 2);
}

/**
 * A hook value with its ids replaced (URNs, id-like tokens) and every slug of the page's links
 * (`personal`: profile names, handles) replaced too: `UserAvatar-Container-<slug>`.
 */
export function maskIds(value: string, personal: readonly string[] = []): string {
  let masked = value
    .replace(/urn:li:[a-z_]+:[^,)\s]+/gi, 'urn:<id>')
    .replace(/[A-Za-z0-9_]+/g, (token) => (isIdToken(token) ? '<id>' : token));
  for (const slug of personal) masked = masked.split(slug).join('<slug>');
  return masked.slice(0, 80);
}

/** A link's shape: origin kind and path with slugs and ids replaced, query parameter names only. */
export function linkShape(href: string, base: string): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '<invalid>';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol}…`;
  const host = new URL(base).host === url.host ? '' : '<other-site>';
  const path = url.pathname
    .split('/')
    .map((segment) => {
      if (!segment) return segment;
      if (STRUCTURAL_SEGMENTS.has(segment)) return segment;
      return /^\d+$/.test(segment) ? '<id>' : '<slug>';
    })
    .join('/');
  const names = [...new Set(url.searchParams.keys())].filter((name) => /^[\w[\]-]{1,40}$/.test(name));
  const query = names.length ? `?${names.map((name) => `${maskIds(name)}=…`).join('&')}` : '';
  return `${host}${path}${query}${url.hash ? '#…' : ''}`;
}

function classTokens(el: Element, personal: readonly string[]): string {
  const tokens = [...el.classList].slice(0, 8).map((token) => maskIds(token, personal));
  return tokens.length ? `.${tokens.join('.')}` : '';
}

/** The slugs of every link on the page (profile names, handles, ids), longest first. */
function personalTokens(root: ParentNode, base: string): string[] {
  const found = new Set<string>();
  for (const link of root.querySelectorAll('a[href]')) {
    try {
      const url = new URL(link.getAttribute('href') ?? '', base);
      for (const segment of url.pathname.split('/')) {
        if (segment.length >= 3 && !STRUCTURAL_SEGMENTS.has(segment)) found.add(decodeURIComponent(segment));
      }
      for (const value of url.searchParams.values()) if (value.length >= 3) found.add(value);
    } catch {
      // A link that does not parse names nobody.
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function describe(el: Element, base: string, personal: readonly string[]): string {
  const parts = [el.localName + classTokens(el, personal)];
  const names: string[] = [];
  for (const { name, value } of [...el.attributes]) {
    if (SKIPPED_ATTRIBUTES.test(name)) continue;
    if (HOOK_VALUES.has(name)) parts.push(`[${name}="${maskIds(value, personal)}"]`);
    else if (name.startsWith('aria-') || name.startsWith('data-') || name === 'alt' || name === 'title')
      names.push(name);
  }
  if (names.length) parts.push(`[${names.join(' ')}]`);
  const href = el.getAttribute('href');
  if (href !== null && el.localName === 'a') parts.push(` → ${linkShape(href, base)}`);
  const hasText = [...el.childNodes].some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '');
  if (hasText) parts.push(' (text)');
  return parts.join('');
}

/** What the extension found at an element ("post: mainFeed (2026)", "box: comment"), shown beside it. */
export type StructureMarks = ReadonlyMap<Element, string>;

/**
 * The skeleton of root: one line per element, indented by depth, identical consecutive siblings
 * folded into "×N". Never any text, name, image, label or query value.
 */
export function pageStructure(root: Document | Element, marks: StructureMarks = new Map()): string {
  const isDocument = root.nodeType === Node.DOCUMENT_NODE;
  const doc = isDocument ? (root as Document) : (root.ownerDocument as Document);
  const base = doc.baseURI;
  const personal = personalTokens(root, base);
  const lines: string[] = [];
  const walk = (el: Element, depth: number): string[] => {
    const mark = marks.get(el);
    const own = `${'  '.repeat(depth)}${describe(el, base, personal)}${mark ? `  ⟵ ${mark}` : ''}`;
    const out = [own];
    if (depth >= MAX_DEPTH || OPAQUE.has(el.tagName) || el.localName.startsWith('cm-companion')) return out;
    const children: Element[] = [...el.children];
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) {
      out.push(`${'  '.repeat(depth + 1)}#shadow-root`);
      children.unshift(...shadow.children);
    }
    let previous: string[] | null = null;
    let repeats = 0;
    const flush = () => {
      if (!previous) return;
      out.push(...previous);
      if (repeats > 0) out.push(`${'  '.repeat(depth + 1)}×${repeats + 1} (same structure)`);
    };
    for (const child of children) {
      const lines = walk(child, depth + 1);
      if (previous && lines.join('\n') === previous.join('\n')) {
        repeats += 1;
        continue;
      }
      flush();
      previous = lines;
      repeats = 0;
    }
    flush();
    return out;
  };
  const start = isDocument ? (root as Document).documentElement : (root as Element);
  if (start) lines.push(...walk(start, 0));
  const truncated = lines.length > MAX_LINES;
  return [...lines.slice(0, MAX_LINES), ...(truncated ? [`… ${lines.length - MAX_LINES} more lines`] : [])].join('\n');
}

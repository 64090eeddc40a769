/**
 * Template variables: the documented syntax and its rendering. Pure: the caller passes what the
 * page and settings know. Unknown or empty variables render as nothing and are reported, so the
 * picker can show them before insertion; raw braces or "undefined" never reach the editor.
 *
 * Syntax (write `{{` and `}}` for literal braces):
 *   {author.name} {author.firstName} {author.handle}   the post or comment being answered
 *   {me.name} {me.handle}                               the account active on the page
 *   {brand}  {network}  {post.link}                     Settings' brand name, the network, the permalink
 *   {date} {time}                                       now, in the user's language
 *   {cursor}                                            where the caret lands after insertion
 *   {field:Order number}                                asked in the picker at insertion
 */
import { NETWORK_BY_ID, NETWORK_NAMES, type Network } from '@/lib/networks';

export const VARIABLES = [
  'author.name',
  'author.firstName',
  'author.handle',
  'me.name',
  'me.handle',
  'brand',
  'network',
  'post.link',
  'date',
  'time',
  'cursor',
] as const;
export type VariableName = (typeof VARIABLES)[number];

export interface RenderContext {
  author?: { name?: string; handle?: string } | null;
  me?: { name?: string; handle?: string } | null;
  brand?: string;
  network?: Network;
  postLink?: string;
  now: Date;
  /** BCP 47 locale for {date} and {time} (the UI language). */
  locale: string;
  timeZone?: string;
  /** Values typed for fill-in fields, by label. */
  fields?: Record<string, string>;
}

export interface MissingVariable {
  /** As written, e.g. `{author.firstName}` or `{field:Order number}`. */
  token: string;
  reason: 'unknown' | 'empty';
}

export interface RenderResult {
  text: string;
  /** Where the caret goes, as an offset into `text` (its length when there is no {cursor}). */
  caret: number;
  missing: MissingVariable[];
}

const TOKEN = /\{\{|\}\}|\{(field:[^{}\n]{1,60}|[A-Za-z][\w.]{0,40})\}/g;

/** Fill-in field labels of a body, in order of first appearance. */
export function fieldsOf(body: string): string[] {
  const labels: string[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const name = match[1];
    if (name?.startsWith('field:')) {
      const label = name.slice(6).trim();
      if (label && !labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}

/** First word of a display name ("Marie Dupont" → "Marie"); empty for a handle-like name. */
export function firstNameOf(name: string | undefined): string {
  const first = (name ?? '').trim().split(/\s+/)[0] ?? '';
  return first.startsWith('@') ? '' : first;
}

function withAt(handle: string | undefined, network: Network | undefined): string {
  const bare = (handle ?? '').trim();
  if (!bare || bare.startsWith('@') || bare.startsWith('u/')) return bare;
  return network ? `${NETWORK_BY_ID[network].handles.mention}${bare}` : bare;
}

function variableValue(name: VariableName, ctx: RenderContext): string {
  switch (name) {
    case 'author.name':
      return ctx.author?.name ?? '';
    case 'author.firstName':
      return firstNameOf(ctx.author?.name);
    case 'author.handle':
      return withAt(ctx.author?.handle, ctx.network);
    case 'me.name':
      return ctx.me?.name ?? '';
    case 'me.handle':
      return withAt(ctx.me?.handle, ctx.network);
    case 'brand':
      return ctx.brand ?? '';
    case 'network':
      return ctx.network ? NETWORK_NAMES[ctx.network] : '';
    case 'post.link':
      return ctx.postLink ?? '';
    case 'date':
      return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: ctx.timeZone }).format(ctx.now);
    case 'time':
      return new Intl.DateTimeFormat(ctx.locale, { timeStyle: 'short', timeZone: ctx.timeZone }).format(ctx.now);
    case 'cursor':
      return '';
  }
}

/** Renders a template body; see the module comment for the syntax. */
export function renderTemplate(body: string, ctx: RenderContext): RenderResult {
  const missing: MissingVariable[] = [];
  const note = (token: string, reason: MissingVariable['reason']) => {
    if (!missing.some((item) => item.token === token)) missing.push({ token, reason });
  };
  let text = '';
  let caret: number | null = null;
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    text += body.slice(last, match.index);
    last = match.index + match[0].length;
    const [token, name] = match;
    if (token === '{{' || token === '}}') {
      text += token[0];
      continue;
    }
    if (name === undefined) continue;
    if (name === 'cursor') {
      caret ??= text.length;
      continue;
    }
    let value: string;
    if (name.startsWith('field:')) value = (ctx.fields?.[name.slice(6).trim()] ?? '').trim();
    else if ((VARIABLES as readonly string[]).includes(name)) value = variableValue(name as VariableName, ctx);
    else {
      note(token, 'unknown');
      value = '';
    }
    if (!value) {
      note(token, 'empty');
      // "Merci {author.firstName} !" without a name reads "Merci !", not "Merci  !".
      if (text.endsWith(' ') && /^(?:$|[\s,.!?;:)])/.test(body.slice(last))) text = text.slice(0, -1);
    }
    text += value;
  }
  text += body.slice(last);
  return { text, caret: caret ?? text.length, missing };
}

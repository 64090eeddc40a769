/**
 * A stored template validated without zod, for the page: the template library bundle reads and
 * checks the library at focus (entrypoints/template-library.ts), where zod's code alone would be
 * a long task to evaluate. Exactly templateSchema's answer (model.ts): the same defaults, trims
 * and limits, unknown keys dropped, null where zod fails (stored-template.test.ts compares them).
 */
import { NETWORK_IDS } from '@/lib/network-ids';
import type { Template } from '@/lib/templates/model';

/** model.ts's TEMPLATE_LANGUAGES (importing it would bring zod along; the test holds them equal). */
export const STORED_LANGUAGES: readonly Template['language'][] = ['any', 'fr', 'en'];

const SHORTCUT = /^[\p{L}\p{N}_-]*$/u;
const BAD = null;

type Check<T> = (value: unknown) => T | typeof BAD;

const text =
  (min: number, max: number, trim: boolean): Check<string> =>
  (value) => {
    if (typeof value !== 'string') return BAD;
    const out = trim ? value.trim() : value;
    return out.length >= min && out.length <= max ? out : BAD;
  };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function listOf<T>(value: unknown, max: number, item: Check<T>): T[] | typeof BAD {
  if (!Array.isArray(value) || value.length > max) return BAD;
  const out: T[] = [];
  for (const entry of value) {
    const checked = item(entry);
    if (checked === BAD) return BAD;
    out.push(checked);
  }
  return out;
}

const tag = text(1, 40, true);
const network: Check<Template['networks'][number]> = (value) =>
  (NETWORK_IDS as readonly unknown[]).includes(value) ? (value as Template['networks'][number]) : BAD;

/** One stored template as the library reads it, or null when the entry is damaged. */
export function parseStoredTemplate(entry: unknown): Template | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const given = entry as Record<string, unknown>;
  const id = text(1, 100, false)(given.id);
  const name = text(1, 120, true)(given.name);
  const body = text(1, 10_000, false)(given.body);
  const shortcut = given.shortcut === undefined ? '' : text(0, 40, true)(given.shortcut);
  const tags = given.tags === undefined ? [] : listOf(given.tags, 20, tag);
  const networks = given.networks === undefined ? [] : listOf(given.networks, 20, network);
  const language =
    given.language === undefined
      ? 'any'
      : (STORED_LANGUAGES as readonly unknown[]).includes(given.language)
        ? (given.language as Template['language'])
        : BAD;
  const useCount =
    given.useCount === undefined
      ? 0
      : Number.isSafeInteger(given.useCount) && (given.useCount as number) >= 0
        ? (given.useCount as number)
        : BAD;
  const lastUsedAt = given.lastUsedAt === undefined || given.lastUsedAt === null ? null : given.lastUsedAt;
  const { createdAt, updatedAt, team } = given;
  if (
    id === BAD ||
    name === BAD ||
    body === BAD ||
    shortcut === BAD ||
    !SHORTCUT.test(shortcut) ||
    tags === BAD ||
    networks === BAD ||
    language === BAD ||
    useCount === BAD ||
    (lastUsedAt !== null && !isNumber(lastUsedAt)) ||
    !isNumber(createdAt) ||
    !isNumber(updatedAt) ||
    (team !== undefined && typeof team !== 'boolean')
  ) {
    return null;
  }
  const template: Template = {
    id,
    name,
    body,
    shortcut,
    tags,
    networks,
    language,
    useCount,
    lastUsedAt,
    createdAt,
    updatedAt,
  };
  if ('team' in given) template.team = team;
  return template;
}

/** Keeps the valid templates of a stored value (one damaged entry never costs the others). */
export function parseStoredTemplates(value: unknown): Template[] {
  if (!Array.isArray(value)) return [];
  const out: Template[] = [];
  for (const entry of value) {
    const parsed = parseStoredTemplate(entry);
    if (parsed) out.push(parsed);
  }
  return out;
}

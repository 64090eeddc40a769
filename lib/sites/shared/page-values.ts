/**
 * Helpers for the page-state readers of each network (lib/sites/<n>/page-state.ts): they run in
 * the page's main world and copy a few JSON-safe identity fields out of page globals. Never
 * tokens or cookies: only the listed fields leave, and only as short primitives.
 */
export type Json = Record<string, unknown>;
export type Primitive = string | number | boolean;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

export function primitive(value: unknown): Primitive | undefined {
  if (typeof value === 'string') return value.slice(0, 300);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** Copies the named fields that hold primitives; null when none do. */
export function pick(source: unknown, fields: readonly string[], read = (key: string) => (source as Json)[key]) {
  if (!isObject(source)) return null;
  const out: Record<string, Primitive> = {};
  for (const field of fields) {
    const value = primitive(read(field));
    if (value !== undefined) out[field] = value;
  }
  return Object.keys(out).length ? out : null;
}

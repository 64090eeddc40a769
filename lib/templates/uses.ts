/**
 * How often and when each template was inserted, kept apart from the templates' bodies: a use
 * recorded by the background never rewrites the library the side panel is editing.
 */
import { storage } from '@wxt-dev/storage';
import type { Template } from '@/lib/templates/model';

export interface TemplateUse {
  count: number;
  /** Epoch milliseconds of the last insertion. */
  lastUsedAt: number | null;
}

export type TemplateUses = Record<string, TemplateUse>;

export const templateUsesItem = storage.defineItem<TemplateUses>('local:templateUses', {
  fallback: {},
  version: 1,
});

/** The stored counts, keeping only well-formed entries (and no inherited keys). */
export function parseTemplateUses(value: unknown): TemplateUses {
  const out: TemplateUses = Object.create(null);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [id, use] of Object.entries(value)) {
    if (!use || typeof use !== 'object') continue;
    const { count, lastUsedAt } = use as Partial<TemplateUse>;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) continue;
    out[id] = { count, lastUsedAt: typeof lastUsedAt === 'number' ? lastUsedAt : null };
  }
  return out;
}

export async function readTemplateUses(): Promise<TemplateUses> {
  return parseTemplateUses(await templateUsesItem.getValue());
}

/** The counts after one insertion of `id` at `at`. */
export function withUse(uses: TemplateUses, id: string, at: number): TemplateUses {
  const previous = uses[id];
  return { ...uses, [id]: { count: (previous?.count ?? 0) + 1, lastUsedAt: at } };
}

/** The library with each template's usage. */
export function joinUses(templates: readonly Template[], uses: TemplateUses): Template[] {
  return templates.map((template) => {
    const use = Object.hasOwn(uses, template.id) ? uses[template.id] : undefined;
    return use ? { ...template, useCount: use.count, lastUsedAt: use.lastUsedAt } : template;
  });
}

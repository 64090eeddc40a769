/**
 * The template library in extension storage: one versioned item, validated when read, seeded
 * with the starter set on first install only (WXT's `init` runs when the key has never been
 * written, so a user's library, even an emptied one, is never overwritten).
 */

import { storage } from '@wxt-dev/storage';
import { now } from '@/lib/clock';
import { parseStoredTemplates, type Template } from '@/lib/templates/model';
import { starterTemplates } from '@/lib/templates/starter';

export const templatesItem = storage.defineItem<Template[]>('local:templates', {
  fallback: [],
  version: 1,
  init: () => starterTemplates(now()),
});

/** The library, keeping every entry that is still valid. */
export async function readTemplates(): Promise<Template[]> {
  return parseStoredTemplates(await templatesItem.getValue());
}

/** Replaces the library in one write (an import or an edit is all or nothing). */
export async function writeTemplates(templates: readonly Template[]): Promise<void> {
  await templatesItem.setValue([...templates]);
}

/** Applies a change to the stored library and returns the new one. */
export async function updateTemplates(change: (current: Template[]) => Template[]): Promise<Template[]> {
  const next = change(await readTemplates());
  await writeTemplates(next);
  return next;
}

/** Calls back with the validated library on every change, from any context. Returns the unwatch. */
export function watchTemplates(callback: (templates: Template[]) => void): () => void {
  return templatesItem.watch((value) => callback(parseStoredTemplates(value)));
}

/** The library after one insertion of `id`: its count and last use updated. */
export function withUse(templates: readonly Template[], id: string, now: number): Template[] {
  return templates.map((template) =>
    template.id === id ? { ...template, useCount: template.useCount + 1, lastUsedAt: now } : template,
  );
}

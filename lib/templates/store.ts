/**
 * The template library in extension storage: the bodies in one versioned item, validated when
 * read, seeded with the starter set on first install only (WXT's `init` runs when the key has
 * never been written, so a user's library, even an emptied one, is never overwritten), and the
 * use counts apart in `local:templateUses` (lib/templates/uses.ts). Only the background writes
 * either (lib/background/handlers/templates.ts); pages and content scripts send intents.
 */

import { storage } from '@wxt-dev/storage';
import { now } from '@/lib/clock';
import type { Template } from '@/lib/templates/model';
import { starterTemplates } from '@/lib/templates/starter';
import { parseStoredTemplates } from '@/lib/templates/stored-template';
import { joinUses, parseTemplateUses, readTemplateUses, templateUsesItem } from '@/lib/templates/uses';

/** A template as stored: its usage lives in `local:templateUses` since version 2. */
type StoredTemplate = Omit<Template, 'useCount' | 'lastUsedAt'>;

export const templatesItem = storage.defineItem<StoredTemplate[]>('local:templates', {
  fallback: [],
  version: 2,
  init: () => starterTemplates(now()).map(bodyOf),
  migrations: {
    // Version 1 kept `useCount` and `lastUsedAt` in each template: they move to their own item.
    2: async (old: unknown) => {
      const templates = parseStoredTemplates(old);
      const uses = parseTemplateUses(await templateUsesItem.getValue());
      for (const template of templates) {
        const known = uses[template.id];
        if (template.useCount > (known?.count ?? 0) || (template.lastUsedAt ?? 0) > (known?.lastUsedAt ?? 0)) {
          uses[template.id] = {
            count: Math.max(template.useCount, known?.count ?? 0),
            lastUsedAt: Math.max(template.lastUsedAt ?? 0, known?.lastUsedAt ?? 0) || null,
          };
        }
      }
      await templateUsesItem.setValue({ ...uses });
      return templates.map(bodyOf);
    },
  },
});

function bodyOf(template: Template): StoredTemplate {
  const { useCount: _count, lastUsedAt: _last, ...body } = template;
  return body;
}

export { joinUses } from '@/lib/templates/uses';

/** The library, keeping every entry that is still valid, with its usage. */
export async function readTemplates(): Promise<Template[]> {
  const [bodies, uses] = await Promise.all([templatesItem.getValue(), readTemplateUses()]);
  return joinUses(parseStoredTemplates(bodies), uses);
}

/** Replaces the library's bodies in one write (an import or an edit is all or nothing). Background only. */
export async function writeTemplates(templates: readonly Template[]): Promise<void> {
  await templatesItem.setValue(templates.map(bodyOf));
}

/** Applies a change to the stored library and returns the new one. Background only, inside serialize. */
export async function updateTemplates(change: (current: Template[]) => Template[]): Promise<Template[]> {
  const next = change(await readTemplates());
  await writeTemplates(next);
  return next;
}

/** Calls back with the validated library on every change of the bodies or the counts. Returns the unwatch. */
export function watchTemplates(callback: (templates: Template[]) => void): () => void {
  const reread = () => void readTemplates().then(callback);
  const stops = [templatesItem.watch(reread), templateUsesItem.watch(reread)];
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * The library for one opening of the picker, as readTemplates gives it: from the warm-up's read
 * (warm-search.ts) while storage has not changed since (what is not validated yet is validated
 * now, after the usage is read: not in the task that opens the picker), else read from storage.
 * Part of the picker's view bundle (entrypoints/template-picker.ts).
 */
import { parsedAt, warmedLibrary } from '@/lib/content/features/templates/warm-search';
import type { Template } from '@/lib/templates/model';
import { joinUses, readTemplates } from '@/lib/templates/store';
import { readTemplateUses } from '@/lib/templates/uses';

export async function readLibrary(): Promise<Template[]> {
  if (!warmedLibrary()) return readTemplates();
  const uses = await readTemplateUses();
  const from = warmedLibrary();
  if (!from) return readTemplates();
  const templates: Template[] = [];
  for (let index = 0; index < from.stored.length; index++) {
    const template = parsedAt(from, index);
    if (template) templates.push(template);
  }
  return joinUses(templates, uses);
}

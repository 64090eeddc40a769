/**
 * The library for one opening of the picker, as readTemplates gives it: from the warm-up's read
 * (warm-search.ts; its last parts awaited when they are on their way) while storage has not
 * changed since (what is not validated yet is validated now, after the usage is read: not in the
 * task that opens the picker), else read from storage. Part of the picker's view bundle
 * (entrypoints/template-picker.ts).
 */

import { readLibraryInPage } from '@/lib/content/features/templates/library-in-page';
import { parsedAt, warmedLibrary, warmedLibraryOnceRead } from '@/lib/content/features/templates/warm-search';
import type { Template } from '@/lib/templates/model';
import { joinUses, readTemplateUses } from '@/lib/templates/uses';

export async function readLibrary(): Promise<Template[]> {
  const [read, uses] = await Promise.all([warmedLibraryOnceRead(), readTemplateUses()]);
  // Storage may have changed while the usage was read: then the library is read anew.
  const from = read && warmedLibrary();
  if (!from) return readLibraryInPage();
  const templates: Template[] = [];
  for (let index = 0; index < from.stored.length; index++) {
    const template = parsedAt(from, index);
    if (template) templates.push(template);
  }
  return joinUses(templates, uses);
}

/**
 * The library as the picker's view reads and follows it: read-only views of the two storage keys
 * (lib/storage/stored-view.ts), validated as readTemplates does. Not the storage items of
 * lib/templates/store.ts: defining the library's item runs its initialisation, which reads the
 * whole library (1.4 MB at 2,000 templates) in one task of the page as the bundle is evaluated.
 */
import { storedView } from '@/lib/storage/stored-view';
import type { Template } from '@/lib/templates/model';
import { parseStoredTemplates } from '@/lib/templates/stored-template';
import { joinUses, parseTemplateUses } from '@/lib/templates/uses';

/** The keys of templatesItem and templateUsesItem (lib/templates/store.ts, uses.ts). */
const storedTemplates = storedView('templates', parseStoredTemplates);
const storedUses = storedView('templateUses', parseTemplateUses);

/** The library, keeping every entry that is still valid, with its usage (as readTemplates). */
export async function readLibraryInPage(): Promise<Template[]> {
  const [templates, uses] = await Promise.all([storedTemplates.read(), storedUses.read()]);
  return joinUses(templates, uses);
}

/** Calls back with the library on every change of the bodies or the counts. Returns the unwatch. */
export function watchLibraryInPage(callback: (templates: Template[]) => void): () => void {
  const reread = () => void readLibraryInPage().then(callback);
  const stops = [storedTemplates.watch(reread), storedUses.watch(reread)];
  return () => {
    for (const stop of stops) stop();
  };
}

import { registerLibrary } from '@/lib/content/features/templates/api';
import { warmLibrarySearch } from '@/lib/content/features/templates/warm-search';

/**
 * The template library ahead of the picker, loaded when a box that takes templates gets focus:
 * the library read from storage, each template validated (without zod) and its words folded in
 * idle slices (warm-search.ts). Kept small so its evaluation is a short task; the picker's view
 * (entrypoints/template-picker.ts, Preact and the rest of the on-demand UI) loads at its first
 * opening and finds the library and the folded words here (lib/shared-across-bundles.ts). The
 * background injects it into the tab's isolated world, as the picker's bundle.
 */
export default defineUnlistedScript(() => {
  registerLibrary({ prepare: warmLibrarySearch });
});

/**
 * The page tools: in-page code a page needs only on demand, in a bundle of its own
 * (entrypoints/page-tools.ts) apart from the template picker's view, so preparing the picker at a
 * box's focus never evaluates it: Site health's layout check and page structure
 * (lazy-diagnosis.ts), growth's profile readers (features/growth.ts), Save as idea
 * (features/capture) and the team's marks (features/capture/team-marks.ts). The background injects
 * it into the tab's isolated world, where it registers itself on a global read here.
 */
import type { SaveIdea } from '@/lib/content/features/capture/idea';
import type { GrowthRead } from '@/lib/content/features/growth-read';
import { bundleGlobal, bundleLoader } from '@/lib/content/lazy-bundle';
import type { PageDiagnosis } from '@/lib/content/page-diagnosis';
import type { SiteContext } from '@/lib/content/site-context';
import { sendToBackground } from '@/lib/messaging/content-sender';
import type { SiteAdapter } from '@/lib/sites/types';

export interface PageTools {
  createPageDiagnosis(adapter: SiteAdapter, doc: Document): PageDiagnosis;
  readProfile: GrowthRead;
  saveIdea: SaveIdea;
  /** The team's marks on this page ("Léa is answering this"), for CMs signed in to a team. */
  markAnswering(site: SiteContext): void;
}

const pageToolsGlobal = bundleGlobal<PageTools>('page-tools');
export const registerPageTools = pageToolsGlobal.register;

/** The page tools, loaded on their first use; undefined when they cannot be loaded. */
export const loadPageTools = bundleLoader<PageTools>(
  () => sendToBackground('loadPageTools', {}),
  pageToolsGlobal.registered,
  'page tools',
);

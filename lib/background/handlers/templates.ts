import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { libraryParts } from '@/lib/background/library-parts';
import { serialize } from '@/lib/background/one-writer';
import { browser } from '@/lib/browser';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { templateMessages } from '@/lib/messaging/messages/templates';
import { bumpRevision } from '@/lib/storage/db-revision';
import { duplicateIn, saveDraft } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/model';
import { templatesItem, updateTemplates } from '@/lib/templates/store';
import { mergeImport } from '@/lib/templates/transfer';
import { readTemplateUses, templateUsesItem, withUse } from '@/lib/templates/uses';

/** The picker's view (entrypoints/template-picker.ts), built by WXT as an unlisted script. */
export const TEMPLATE_PICKER_SCRIPT = '/template-picker.js';
/** twitter-text, for X texts the picker cannot count without it (entrypoints/x-length.ts). */
export const X_LENGTH_SCRIPT = '/x-length.js';
/** Site health's layout check and page structure, growth, Save as idea, team marks (entrypoints/page-tools.ts). */
export const PAGE_TOOLS_SCRIPT = '/page-tools.js';
/** The library read and folded at focus (entrypoints/template-library.ts), ahead of the picker's view. */
export const TEMPLATE_LIBRARY_SCRIPT = '/template-library.js';
/** The guard's dialog, register offer and undo countdown (entrypoints/guard-ui.ts). */
export const GUARD_UI_SCRIPT = '/guard-ui.js';

/** The bodies and the counts are two pieces of data, each with its own queue: a use never waits for an edit. */
export const TEMPLATES_KEY = 'templates';
export const TEMPLATE_USES_KEY = 'templateUses';

/**
 * Runs a bundle in the sender tab's isolated world (the content script's world, where the bundle
 * registers itself on a global the content script reads).
 */
async function injectIntoSender(tabId: number | null, file: ScriptPublicPath): Promise<{ loaded: boolean }> {
  if (tabId === null) return { loaded: false };
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return { loaded: true };
}

/** The background's answers to the templates messages. */
export function templateHandlers(deps: ServiceDeps): FeatureHandlers<typeof templateMessages> {
  /** Every edit of the library; the team's mirror follows the templates it touched (`ids` after it ran). */
  const edit = async (change: (current: Template[]) => Template[], ids: () => readonly (string | null)[]) => {
    const next = await serialize(TEMPLATES_KEY, () => updateTemplates(change));
    const touched = ids().filter((id): id is string => id !== null);
    void deps.team?.changed('template', touched).catch(() => undefined);
    return next;
  };
  const libraryPart = libraryParts(
    () => templatesItem.getValue(),
    (changed) => templatesItem.watch(changed),
  );
  return {
    async templateUsed({ templateId, network, postId, via }) {
      const now = deps.now();
      const uses = await serialize(TEMPLATE_USES_KEY, async () => {
        const next = withUse(await readTemplateUses(), templateId, now);
        await templateUsesItem.setValue(next);
        return next;
      });
      const db = await deps.db();
      await db.add('events', { at: now, type: 'template-use', network, data: { templateId, postId, via } });
      await bumpRevision('events');
      return { useCount: uses[templateId]?.count ?? 0 };
    },
    loadTemplatePicker: (_data, context) => injectIntoSender(context.tabId, TEMPLATE_PICKER_SCRIPT),
    loadTemplateLibrary: (_data, context) => injectIntoSender(context.tabId, TEMPLATE_LIBRARY_SCRIPT),
    loadXLength: (_data, context) => injectIntoSender(context.tabId, X_LENGTH_SCRIPT),
    loadPageTools: (_data, context) => injectIntoSender(context.tabId, PAGE_TOOLS_SCRIPT),
    templateLibraryPart: ({ from, count }) => libraryPart(from, count),
    loadGuardUi: (_data, context) => injectIntoSender(context.tabId, GUARD_UI_SCRIPT),
    async saveTemplate({ id, draft }) {
      let result = { id: null as string | null, problem: null as string | null };
      await edit(
        (current) => {
          const done = saveDraft(current, id, draft, deps.now(), deps.newId);
          result = { id: done.id, problem: done.problem };
          return done.templates;
        },
        () => [result.id],
      );
      return result;
    },
    async duplicateTemplate({ id, name }) {
      let copy: string | null = null;
      await edit(
        (current) => {
          const done = duplicateIn(current, id, name, deps.now(), deps.newId);
          copy = done.id;
          return done.templates;
        },
        () => [copy],
      );
      return { id: copy };
    },
    async deleteTemplate({ id }) {
      let deleted = false;
      await edit(
        (current) => {
          const kept = current.filter((template) => template.id !== id);
          deleted = kept.length !== current.length;
          return kept;
        },
        () => [id],
      );
      return { deleted };
    },
    async importTemplates({ templates }) {
      await edit(
        (current) => mergeImport(current, templates),
        () => templates.map((template) => template.id),
      );
      return { count: templates.length };
    },
  };
}

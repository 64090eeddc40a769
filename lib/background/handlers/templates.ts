import type { ServiceDeps } from '@/lib/background/handlers/deps';
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

/** The picker's bundle (entrypoints/template-picker.ts), built by WXT as an unlisted script. */
export const TEMPLATE_PICKER_SCRIPT = '/template-picker.js';
/** The library read and folded at focus (entrypoints/template-library.ts), ahead of the picker's view. */
export const TEMPLATE_LIBRARY_SCRIPT = '/template-library.js';
/** The guard's dialog, register offer and undo countdown (entrypoints/guard-ui.ts). */
export const GUARD_UI_SCRIPT = '/guard-ui.js';

/** The bodies and the counts are two pieces of data, each with its own queue: a use never waits for an edit. */
export const TEMPLATES_KEY = 'templates';
export const TEMPLATE_USES_KEY = 'templateUses';

/** The background's answers to the templates messages. */
export function templateHandlers(deps: ServiceDeps): FeatureHandlers<typeof templateMessages> {
  /** Every edit of the library; the team's mirror follows the templates it touched (`ids` after it ran). */
  const edit = async (change: (current: Template[]) => Template[], ids: () => readonly (string | null)[]) => {
    const next = await serialize(TEMPLATES_KEY, () => updateTemplates(change));
    const touched = ids().filter((id): id is string => id !== null);
    void deps.team?.changed('template', touched).catch(() => undefined);
    return next;
  };
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
    async loadTemplatePicker(_data, context) {
      if (context.tabId === null) return { loaded: false };
      // Same isolated world as the content script: the picker registers itself on its global.
      await browser.scripting.executeScript({ target: { tabId: context.tabId }, files: [TEMPLATE_PICKER_SCRIPT] });
      return { loaded: true };
    },
    async loadTemplateLibrary(_data, context) {
      if (context.tabId === null) return { loaded: false };
      await browser.scripting.executeScript({ target: { tabId: context.tabId }, files: [TEMPLATE_LIBRARY_SCRIPT] });
      return { loaded: true };
    },
    async templateLibraryPart({ from, count }) {
      const stored: unknown = await templatesItem.getValue();
      const entries = Array.isArray(stored) ? stored : [];
      return { entries: entries.slice(from, from + count), total: entries.length };
    },
    async loadGuardUi(_data, context) {
      if (context.tabId === null) return { loaded: false };
      await browser.scripting.executeScript({ target: { tabId: context.tabId }, files: [GUARD_UI_SCRIPT] });
      return { loaded: true };
    },
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

import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { browser } from '@/lib/browser';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { templateMessages } from '@/lib/messaging/messages/templates';
import { bumpRevision } from '@/lib/storage/db-revision';
import { updateTemplates, withUse } from '@/lib/templates/store';

/** The picker's bundle (entrypoints/template-picker.ts), built by WXT as an unlisted script. */
export const TEMPLATE_PICKER_SCRIPT = '/template-picker.js';

/** The background's answers to the templates messages. */
export function templateHandlers(deps: ServiceDeps): FeatureHandlers<typeof templateMessages> {
  return {
    async templateUsed({ templateId, network, postId, via }) {
      const now = deps.now();
      const templates = await updateTemplates((current) => withUse(current, templateId, now));
      const db = await deps.db();
      await db.add('events', { at: now, type: 'template-use', network, data: { templateId, postId, via } });
      await bumpRevision('events');
      return { useCount: templates.find((template) => template.id === templateId)?.useCount ?? 0 };
    },
    async loadTemplatePicker(_data, context) {
      if (context.tabId === null) return { loaded: false };
      // Same isolated world as the content script: the picker registers itself on its global.
      await browser.scripting.executeScript({ target: { tabId: context.tabId }, files: [TEMPLATE_PICKER_SCRIPT] });
      return { loaded: true };
    },
  };
}

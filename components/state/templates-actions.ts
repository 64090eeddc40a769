import { now, nowDate } from '@/lib/clock';
import { sendToBackground } from '@/lib/messaging/client';
import type { Template, TemplateDraft } from '@/lib/templates/model';
import { readTemplates, watchTemplates } from '@/lib/templates/store';
import { exportTemplates, parseImport } from '@/lib/templates/transfer';

/** Follows the stored library; returns the unwatch. */
export function connectTemplates(onChange: (templates: Template[]) => void): () => void {
  void readTemplates().then(onChange);
  return watchTemplates(onChange);
}

/** Saves a new template (id null) or an edited one; returns the first invalid field, if any. */
export async function saveTemplate(id: string | null, draft: TemplateDraft): Promise<string | null> {
  return (await sendToBackground('saveTemplate', { id, draft })).problem;
}

export async function duplicate(template: Template, name: string): Promise<void> {
  await sendToBackground('duplicateTemplate', { id: template.id, name });
}

export async function remove(id: string): Promise<void> {
  await sendToBackground('deleteTemplate', { id });
}

/** Imports a file whole or not at all: checked here, written by the background. */
export async function importFile(
  json: string,
): Promise<{ ok: true; count: number } | { ok: false; path: string; message: string }> {
  const result = parseImport(json, now(), () => crypto.randomUUID());
  if (!result.ok) return result;
  return { ok: true, count: (await sendToBackground('importTemplates', { templates: result.templates })).count };
}

/** Downloads the library as a JSON file. */
export function downloadExport(templates: readonly Template[], doc: Document = document): void {
  const blob = new Blob([exportTemplates(templates, now())], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = `cm-companion-templates-${nowDate().toISOString().slice(0, 10)}.json`;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

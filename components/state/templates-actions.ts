import { now, nowDate } from '@/lib/clock';
import {
  createTemplate,
  duplicateTemplate,
  type Template,
  type TemplateDraft,
  templateSchema,
} from '@/lib/templates/model';
import { readTemplates, updateTemplates, watchTemplates } from '@/lib/templates/store';
import { exportTemplates, mergeImport, parseImport } from '@/lib/templates/transfer';

/** Follows the stored library; returns the unwatch. */
export function connectTemplates(onChange: (templates: Template[]) => void): () => void {
  void readTemplates().then(onChange);
  return watchTemplates(onChange);
}

/** Saves a new template (id null) or an edited one; returns the first invalid field, if any. */
export async function saveTemplate(id: string | null, draft: TemplateDraft): Promise<string | null> {
  const at = now();
  if (id === null) {
    const candidate = templateSchema.safeParse({ ...draft, id: crypto.randomUUID(), createdAt: at, updatedAt: at });
    if (!candidate.success) return candidate.error.issues[0]?.path.join('.') ?? 'template';
    await updateTemplates((current) => [createTemplate(draft, candidate.data.id, at), ...current]);
    return null;
  }
  let problem: string | null = null;
  await updateTemplates((current) =>
    current.map((template) => {
      if (template.id !== id) return template;
      const next = templateSchema.safeParse({ ...template, ...draft, updatedAt: at });
      if (next.success) return next.data;
      problem = next.error.issues[0]?.path.join('.') ?? 'template';
      return template;
    }),
  );
  return problem;
}

export function duplicate(template: Template, name: string): Promise<Template[]> {
  const copy = duplicateTemplate(template, crypto.randomUUID(), now(), name);
  return updateTemplates((current) => {
    const at = current.findIndex((item) => item.id === template.id);
    return [...current.slice(0, at + 1), copy, ...current.slice(at + 1)];
  });
}

export function remove(id: string): Promise<Template[]> {
  return updateTemplates((current) => current.filter((template) => template.id !== id));
}

/** Imports a file whole or not at all. */
export async function importFile(
  json: string,
): Promise<{ ok: true; count: number } | { ok: false; path: string; message: string }> {
  const result = parseImport(json, now(), () => crypto.randomUUID());
  if (!result.ok) return result;
  await updateTemplates((current) => mergeImport(current, result.templates));
  return { ok: true, count: result.templates.length };
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

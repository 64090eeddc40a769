/**
 * JSON import and export of the template library. An import is checked whole before anything
 * is written: a malformed file gets an error naming the first bad field, and nothing is stored.
 */
import { z } from 'zod';
import { type Template, templateSchema } from '@/lib/templates/model';
import { parseJsonData } from '@/lib/text/safe-json';

export const EXPORT_FORMAT = 'cm-companion-templates';
export const EXPORT_VERSION = 1;
/** A template library is a few hundred kB at most: a larger file is not one. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

export interface TemplateExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  templates: Template[];
}

/** The file the Export button downloads. */
export function exportTemplates(templates: readonly Template[], now: number): string {
  const file: TemplateExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: [...templates],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** In a file, what the library keeps automatically (id, usage, dates) may be left out. */
const importedTemplateSchema = templateSchema.extend({
  id: templateSchema.shape.id.optional(),
  createdAt: z.number().optional(),
  updatedAt: z.number().optional(),
});

const fileSchema = z.union([
  z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION), templates: z.array(z.unknown()) }),
  z.array(z.unknown()),
]);

export type ImportResult =
  | { ok: true; templates: Template[] }
  /** `path` names the first bad field, e.g. `templates[2].language`. */
  | { ok: false; path: string; message: string };

function pathOf(index: number, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    `templates[${index}]`,
  );
}

/**
 * Parses an import file into complete templates (new ids where missing). Nothing partial: the
 * first problem refuses the whole file.
 */
export function parseImport(json: string, now: number, newId: () => string): ImportResult {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, path: '(file)', message: 'larger than 5 MB' };
  const parsed = parseJsonData(json);
  if (!parsed.ok) return { ok: false, path: '(file)', message: parsed.message };
  const data = parsed.data;
  const file = fileSchema.safeParse(data);
  if (!file.success) {
    return { ok: false, path: '(file)', message: `expected {"format":"${EXPORT_FORMAT}","templates":[…]} or a list` };
  }
  const entries = Array.isArray(file.data) ? file.data : file.data.templates;
  const templates: Template[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const parsed = importedTemplateSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, path: pathOf(index, issue?.path ?? []), message: issue?.message ?? 'invalid' };
    }
    const id = parsed.data.id && !ids.has(parsed.data.id) ? parsed.data.id : newId();
    ids.add(id);
    templates.push({
      ...parsed.data,
      id,
      createdAt: parsed.data.createdAt ?? now,
      updatedAt: parsed.data.updatedAt ?? now,
    });
  }
  return { ok: true, templates };
}

/** The library after an import: a template with the id of a stored one replaces it; the rest are added. */
export function mergeImport(current: readonly Template[], imported: readonly Template[]): Template[] {
  const byId = new Map(imported.map((template) => [template.id, template]));
  const merged = current.map((template) => byId.get(template.id) ?? template);
  const known = new Set(current.map((template) => template.id));
  return [...merged, ...imported.filter((template) => !known.has(template.id))];
}

/**
 * A reply template as stored and exchanged (JSON import/export). Validated with zod wherever it
 * crosses a boundary: storage read-back, import, messages.
 */
import { z } from 'zod';
import { networkSchema } from '@/lib/network-schema';

export const TEMPLATE_LANGUAGES = ['any', 'fr', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Shortcut words are typed after the trigger: letters, digits, `-` and `_` only. */
const shortcutSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[\p{L}\p{N}_-]*$/u, 'letters, digits, - and _ only');

export const templateSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  body: z.string().min(1).max(10_000),
  shortcut: shortcutSchema.default(''),
  /** Free tags; the first one doubles as the folder in the library. */
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  /** Networks the template suits; empty means any network. */
  networks: z.array(networkSchema).max(20).default([]),
  language: z.enum(TEMPLATE_LANGUAGES).default('any'),
  useCount: z.number().int().min(0).default(0),
  /** Epoch milliseconds of the last insertion, null when never used. */
  lastUsedAt: z.number().nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Shared with the team (Settings → Team) or kept personal; personal unless the user says so. */
  team: z.boolean().optional(),
});

export type Template = z.output<typeof templateSchema>;

/** What the editor form submits: everything the user writes, nothing kept automatically. */
export type TemplateDraft = Pick<Template, 'name' | 'body' | 'shortcut' | 'tags' | 'networks' | 'language' | 'team'>;

export const EMPTY_DRAFT: TemplateDraft = { name: '', body: '', shortcut: '', tags: [], networks: [], language: 'any' };

/** A new template from a draft. */
export function createTemplate(draft: TemplateDraft, id: string, now: number): Template {
  return templateSchema.parse({ ...draft, id, useCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now });
}

/** A copy with a new id and name, its usage reset. */
export function duplicateTemplate(template: Template, id: string, now: number, name: string): Template {
  return { ...template, id, name, useCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now };
}

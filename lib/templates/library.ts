/** The library's edits as pure functions: the background applies them inside its one writer. */
import {
  createTemplate,
  duplicateTemplate,
  type Template,
  type TemplateDraft,
  templateSchema,
} from '@/lib/templates/model';

export interface Edit {
  templates: Template[];
  /** The template written, or null when nothing was. */
  id: string | null;
  /** The first invalid field, when the draft was refused. */
  problem: string | null;
}

/** A new template (id null) or an edit of a stored one; an invalid draft changes nothing. */
export function saveDraft(
  current: readonly Template[],
  id: string | null,
  draft: TemplateDraft,
  at: number,
  newId: () => string,
): Edit {
  if (id === null) {
    const fresh = newId();
    const candidate = templateSchema.safeParse({ ...draft, id: fresh, createdAt: at, updatedAt: at });
    if (!candidate.success) return { templates: [...current], id: null, problem: problemOf(candidate.error) };
    return { templates: [createTemplate(draft, fresh, at), ...current], id: fresh, problem: null };
  }
  const stored = current.find((template) => template.id === id);
  if (!stored) return { templates: [...current], id: null, problem: 'id' };
  const next = templateSchema.safeParse({ ...stored, ...draft, updatedAt: at });
  if (!next.success) return { templates: [...current], id: null, problem: problemOf(next.error) };
  return { templates: current.map((template) => (template.id === id ? next.data : template)), id, problem: null };
}

/** A copy with a new id and name just after the original. */
export function duplicateIn(
  current: readonly Template[],
  id: string,
  name: string,
  at: number,
  newId: () => string,
): Edit {
  const index = current.findIndex((template) => template.id === id);
  const original = current[index];
  if (!original) return { templates: [...current], id: null, problem: 'id' };
  const copy = duplicateTemplate(original, newId(), at, name);
  return { templates: [...current.slice(0, index + 1), copy, ...current.slice(index + 1)], id: copy.id, problem: null };
}

function problemOf(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  return error.issues[0]?.path.map(String).join('.') || 'template';
}

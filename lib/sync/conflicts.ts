/**
 * "Edited by Léa and Tom — keep which?": the templates and calendar entries whose text two CMs
 * edited at once, as the side panel shows them. The background writes this list (one writer) each
 * time it takes in a document of the team; the views only read it and send the choice back.
 */
import { storage } from '@wxt-dev/storage';
import { type SharedDoc, TEXT_FIELDS } from '@/lib/sync/doc';

export const CONFLICT_KINDS = ['template', 'calendar'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** Which version to keep: the one in place, or the index of another in the document's `conflicts`. */
export type KeepChoice = 'current' | number;

export interface ConflictChoice {
  keep: KeepChoice;
  /** Who wrote this version, and when (ms). */
  by: string;
  at: number;
  /** The version's text fields (template: name, body; calendar: title, text, variants). */
  texts: Record<string, unknown>;
}

export interface TeamConflict {
  kind: ConflictKind;
  /** The record's id in the local store (templates and calendar entries share their id). */
  id: string;
  versions: ConflictChoice[];
}

export interface TeamConflicts {
  /** The user signed in to the team when the list was written: "keep mine" is their version. */
  me: string;
  conflicts: TeamConflict[];
}

export const teamConflictsItem = storage.defineItem<TeamConflicts>('local:team.conflicts', {
  fallback: { me: '', conflicts: [] },
  version: 1,
});

const isConflictKind = (kind: string): kind is ConflictKind => (CONFLICT_KINDS as readonly string[]).includes(kind);

/** The choice a document in conflict offers, or null when it has none (or is not a text kind). */
export function conflictOf(doc: SharedDoc): TeamConflict | null {
  if (doc._deleted || !doc.conflicts?.length || !isConflictKind(doc.kind)) return null;
  const fields = TEXT_FIELDS[doc.kind] ?? [];
  const texts = (record: Record<string, unknown>) =>
    Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));
  return {
    kind: doc.kind,
    id: doc.record.id,
    versions: [
      { keep: 'current', by: doc.updatedBy, at: doc.updatedAt, texts: texts(doc.record) },
      ...doc.conflicts.map((version, at) => ({
        keep: at,
        by: version.updatedBy,
        at: version.updatedAt,
        texts: texts(version.record),
      })),
    ],
  };
}

/** What one document that arrived says: its record's current choice, or none (resolved, deleted). */
export interface ConflictUpdate {
  kind: ConflictKind;
  id: string;
  conflict: TeamConflict | null;
}

export function conflictUpdate(kind: string, id: string, doc: SharedDoc | null): ConflictUpdate | null {
  if (!isConflictKind(kind)) return null;
  return { kind, id, conflict: doc ? conflictOf(doc) : null };
}

/**
 * The list after these documents arrived: each one's entry replaced by its current choice, or
 * removed when it has none any more. The same list (same object) when nothing changed.
 */
export function withUpdates(
  list: readonly TeamConflict[],
  updates: readonly ConflictUpdate[],
): readonly TeamConflict[] {
  let next = list;
  for (const { kind, id, conflict } of updates) {
    const others = next.filter((entry) => !(entry.kind === kind && entry.id === id));
    if (!conflict && others.length === next.length) continue;
    next = conflict ? [...others, conflict] : others;
  }
  return next;
}

/** The names in "Edited by … — keep which?", each once, in the order of the versions. */
export function conflictEditors(conflict: TeamConflict): string[] {
  return [...new Set(conflict.versions.map((version) => version.by))];
}

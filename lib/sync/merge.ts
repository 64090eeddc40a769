/**
 * What happens when two CMs changed the same record before their copies met (a conflict in
 * CouchDB's revision tree). Nothing is ever lost:
 * - inbox triage merges field by field: the newer change of each field wins; notes written on both
 *   sides are appended, one after the other;
 * - a template or a calendar entry whose text was edited on both sides keeps one version in place
 *   and the other in `conflicts`, until someone chooses ("edited by Léa and Tom — keep which?");
 * - team members and accounts: the newer change of each field wins (nothing there is long text).
 */
import { type ConflictVersion, plain, type SharedDoc, type SharedRecord, sameValue, TEXT_FIELDS } from '@/lib/sync/doc';

/** Merges every version of one document into one (the first is the current winner). */
export function mergeVersions(versions: readonly SharedDoc[]): SharedDoc {
  const [first, ...others] = versions.filter((doc) => !doc._deleted);
  if (!first) return versions[0] as SharedDoc;
  return others.reduce(mergeTwo, first);
}

function mergeTwo(a: SharedDoc, b: SharedDoc): SharedDoc {
  const textFields = TEXT_FIELDS[a.kind] ?? [];
  const textClash = textFields.some((field) => editedApart(a, b, field));
  const merged = mergeFields(a, b, textClash ? textFields : []);
  const conflicts = dedupeConflicts([
    ...(a.conflicts ?? []),
    ...(b.conflicts ?? []),
    ...(textClash ? [{ record: b.record, updatedBy: b.updatedBy, updatedAt: b.updatedAt }] : []),
  ]).filter((version) => !sameTexts(version.record, merged.record, textFields));
  const { conflicts: _replaced, ...rest } = merged;
  if (!textClash) return { ...rest, ...(conflicts.length ? { conflicts } : {}) };
  // The kept text is a's: a is its author; b's edit is now seen (a later edit on top is no clash).
  const textHistory = { ...rest.textHistory };
  for (const field of textFields) {
    const timeB = b.fieldTimes[field];
    if (timeB !== undefined) textHistory[field] = [...(textHistory[field] ?? []), timeB].sort((x, y) => x - y);
  }
  return { ...rest, textHistory, updatedBy: a.updatedBy, conflicts };
}

/** Both sides changed the field from the same version: neither saw the other's edit. */
function editedApart(a: SharedDoc, b: SharedDoc, field: string): boolean {
  if (sameValue(a.record[field], b.record[field])) return false;
  const timeA = a.fieldTimes[field] ?? 0;
  const timeB = b.fieldTimes[field] ?? 0;
  const aSawB = timeB === 0 || (a.textHistory?.[field] ?? []).includes(timeB);
  const bSawA = timeA === 0 || (b.textHistory?.[field] ?? []).includes(timeA);
  return !aSawB && !bSawA;
}

/** Newer field wins; inbox notes are appended; `keepFromA` fields stay as `a` has them. */
function mergeFields(a: SharedDoc, b: SharedDoc, keepFromA: readonly string[]): SharedDoc {
  const record: SharedRecord = { ...a.record };
  const fieldTimes = { ...a.fieldTimes };
  for (const key of new Set([...Object.keys(a.record), ...Object.keys(b.record)])) {
    const timeA = a.fieldTimes[key] ?? 0;
    const timeB = b.fieldTimes[key] ?? 0;
    if (sameValue(a.record[key], b.record[key])) {
      fieldTimes[key] = Math.max(timeA, timeB);
    } else if (a.kind === 'inbox' && key === 'notes') {
      // Written at the same moment: the order every device chooses, whichever side is `a`.
      record.notes = appendNotes(a.record.notes, b.record.notes, timeA > timeB || (timeA === timeB && !tieBreak(b, a)));
      fieldTimes[key] = Math.max(timeA, timeB);
    } else if (!keepFromA.includes(key) && (timeB > timeA || (timeB === timeA && tieBreak(b, a)))) {
      if (b.record[key] === undefined) delete record[key];
      else record[key] = b.record[key];
      fieldTimes[key] = timeB;
    }
  }
  const newer = b.updatedAt > a.updatedAt ? b : a;
  const textHistory = { ...a.textHistory };
  for (const [key, times] of Object.entries(b.textHistory ?? {})) {
    textHistory[key] = [...new Set([...(textHistory[key] ?? []), ...times])].sort((x, y) => x - y).slice(-20);
  }
  return {
    ...a,
    record: plain(record),
    fieldTimes,
    textHistory,
    updatedAt: newer.updatedAt,
    updatedBy: newer.updatedBy,
  };
}

/** Both notes, the older first; a note that already holds the other is kept as it is. */
function appendNotes(a: unknown, b: unknown, aIsNewer: boolean): string {
  const noteA = typeof a === 'string' ? a : '';
  const noteB = typeof b === 'string' ? b : '';
  if (noteA.includes(noteB)) return noteA;
  if (noteB.includes(noteA)) return noteB;
  return aIsNewer ? `${noteB}\n${noteA}` : `${noteA}\n${noteB}`;
}

/** The same choice on every device: the later writer's name, then the record's JSON. */
function tieBreak(b: SharedDoc, a: SharedDoc): boolean {
  if (b.updatedBy !== a.updatedBy) return b.updatedBy > a.updatedBy;
  return JSON.stringify(b.record) > JSON.stringify(a.record);
}

function sameTexts(x: SharedRecord, y: SharedRecord, fields: readonly string[]): boolean {
  return fields.every((field) => sameValue(x[field], y[field]));
}

function dedupeConflicts(versions: readonly ConflictVersion[]): ConflictVersion[] {
  const kept: ConflictVersion[] = [];
  for (const version of versions) {
    if (!kept.some((other) => sameValue(other, version))) kept.push(version);
  }
  return kept;
}

/** Who edited a record in conflict: its current version's author and every other version's. */
export function conflictAuthors(doc: Pick<SharedDoc, 'updatedBy' | 'conflicts'>): string[] {
  return [...new Set([doc.updatedBy, ...(doc.conflicts ?? []).map((version) => version.updatedBy)])];
}

/** "Keep which?" answered: the chosen version in place, the others dropped. */
export function resolveConflict(doc: SharedDoc, keep: number | 'current', now: number, me: string): SharedDoc {
  const chosen = keep === 'current' ? doc.record : doc.conflicts?.[keep]?.record;
  if (!chosen) return doc;
  const fieldTimes = { ...doc.fieldTimes };
  for (const key of Object.keys(chosen)) if (!sameValue(chosen[key], doc.record[key])) fieldTimes[key] = now;
  const { conflicts: _dropped, ...rest } = doc;
  return { ...rest, record: plain({ ...chosen, id: doc.record.id }), fieldTimes, updatedAt: now, updatedBy: me };
}

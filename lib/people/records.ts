/**
 * Changes to what the user set on people, as pure functions over the stored records: the
 * background applies them (one writer) and stores the result.
 */
import type { PersonHandle, PersonRecord, PersonTag } from '@/lib/people/person';
import { personRef } from '@/lib/people/refs';

export interface PersonPatch {
  name?: string;
  tags?: PersonTag[];
  notes?: string;
}

const refsOf = (handles: readonly PersonHandle[]) =>
  new Set(handles.map((each) => personRef(each.network, each.handle)));

/** The record holding one of these handles, if any. */
function recordFor(records: readonly PersonRecord[], handles: readonly PersonHandle[]): PersonRecord | undefined {
  const wanted = refsOf(handles);
  return records.find((record) => record.handles.some((each) => wanted.has(personRef(each.network, each.handle))));
}

/**
 * Sets the name, tags or notes of the person with these handles: their record is updated, or
 * one is made. A record left with nothing set (no name, tag or note, a single handle) is
 * removed, so the store keeps only what the user said.
 */
export function patchPerson(
  records: readonly PersonRecord[],
  handles: readonly PersonHandle[],
  patch: PersonPatch,
  now: number,
  newId: () => string,
): PersonRecord[] {
  const existing = recordFor(records, handles);
  const base: PersonRecord = existing ?? {
    id: newId(),
    handles: [...handles],
    name: '',
    tags: [],
    notes: '',
    updatedAt: now,
  };
  const next: PersonRecord = {
    ...base,
    ...(patch.name !== undefined && { name: patch.name.trim() }),
    ...(patch.tags !== undefined && { tags: [...new Set(patch.tags)] }),
    ...(patch.notes !== undefined && { notes: patch.notes }),
    updatedAt: now,
  };
  const others = records.filter((record) => record !== existing);
  return isEmpty(next) ? others : [...others, next];
}

/**
 * Links two people as one: the first keeps its record (or gets one) with both people's handles,
 * tags and notes; the second's record is removed.
 */
export function linkPeople(
  records: readonly PersonRecord[],
  first: readonly PersonHandle[],
  second: readonly PersonHandle[],
  now: number,
  newId: () => string,
): PersonRecord[] {
  const a = recordFor(records, first);
  const b = recordFor(records, second);
  if (a && a === b) return [...records];
  const handles = dedupe([...(a?.handles ?? first), ...(b?.handles ?? second)]);
  const merged: PersonRecord = {
    id: a?.id ?? b?.id ?? newId(),
    handles,
    name: a?.name || b?.name || '',
    tags: [...new Set([...(a?.tags ?? []), ...(b?.tags ?? [])])],
    notes: [a?.notes, b?.notes].filter(Boolean).join('\n\n'),
    updatedAt: now,
  };
  return [...records.filter((record) => record !== a && record !== b), merged];
}

/** Takes one handle out of a linked person: it becomes a person of its own again. */
export function unlinkHandle(records: readonly PersonRecord[], handle: PersonHandle, now: number): PersonRecord[] {
  const ref = personRef(handle.network, handle.handle);
  return records.flatMap((record) => {
    const kept = record.handles.filter((each) => personRef(each.network, each.handle) !== ref);
    if (kept.length === record.handles.length) return [record];
    if (kept.length === 0) return [];
    const next = { ...record, handles: kept, updatedAt: now };
    return isEmpty(next) ? [] : [next];
  });
}

function dedupe(handles: readonly PersonHandle[]): PersonHandle[] {
  const seen = new Set<string>();
  return handles.filter((each) => {
    const ref = personRef(each.network, each.handle);
    if (seen.has(ref)) return false;
    seen.add(ref);
    return true;
  });
}

function isEmpty(record: PersonRecord): boolean {
  return !record.name && record.tags.length === 0 && !record.notes.trim() && record.handles.length < 2;
}

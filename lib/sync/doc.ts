/**
 * The shared document model: what one record of a shared kind looks like in the team's CouchDB
 * database. The record travels whole, unknown fields included (a newer version of the extension
 * may have added some: they pass through untouched). `fieldTimes` says when each field last
 * changed, which is what a field-by-field merge needs.
 */

/** The kinds a team shares. Settings, language, theme, shortcuts and personal accounts are never shared. */
export const SHARED_KINDS = ['inbox', 'template', 'calendar', 'member', 'account'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

export type SharedRecord = { id: string } & Record<string, unknown>;

/** A version a CM wrote that lost a conflict on a text: kept until someone chooses. */
export interface ConflictVersion {
  record: SharedRecord;
  updatedBy: string;
  updatedAt: number;
}

export interface SharedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  kind: SharedKind;
  record: SharedRecord;
  /** When each field of `record` last changed (ms); a field without a time counts as 0. */
  fieldTimes: Record<string, number>;
  /**
   * For the text fields (TEXT_FIELDS): the times of the versions each edit was made on, newest
   * last. An edit made on top of the other side's version is not a conflict; two edits of the
   * same version are.
   */
  textHistory?: Record<string, number[]>;
  updatedAt: number;
  updatedBy: string;
  /** Other versions of a text edited on two sides at once ("keep which?"). */
  conflicts?: ConflictVersion[];
}

/** The fields whose two versions are both kept when edited on two sides at once (what a CM wrote). */
export const TEXT_FIELDS: Partial<Record<SharedKind, readonly string[]>> = {
  template: ['name', 'body'],
  calendar: ['title', 'text', 'variants'],
};
const HISTORY = 20;

export const docId = (kind: SharedKind, id: string): string => `${kind}:${id}`;

export function kindOfDocId(id: string): SharedKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return (SHARED_KINDS as readonly string[]).includes(kind) ? (kind as SharedKind) : null;
}

/** Two JSON values are the same (records are plain JSON; key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** JSON only: undefined fields dropped, so what is stored equals what is compared. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The document for a local record: the previous document's field times kept, the changed fields
 * stamped `now`. Null when nothing changed (no write, no replication).
 */
export function toDoc(
  kind: SharedKind,
  record: SharedRecord,
  previous: SharedDoc | null,
  now: number,
  me: string,
): SharedDoc | null {
  const next = plain(record);
  if (previous && !previous._deleted && sameValue(previous.record, next)) return null;
  const fieldTimes: Record<string, number> = { ...(previous?._deleted ? {} : previous?.fieldTimes) };
  const before: Record<string, unknown> = previous && !previous._deleted ? previous.record : {};
  const textHistory: Record<string, number[]> = { ...(previous?._deleted ? {} : previous?.textHistory) };
  const texts = TEXT_FIELDS[kind] ?? [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(next)])) {
    if (sameValue(before[key], next[key])) continue;
    if (texts.includes(key) && fieldTimes[key] !== undefined) {
      textHistory[key] = [...(textHistory[key] ?? []), fieldTimes[key]].slice(-HISTORY);
    }
    fieldTimes[key] = now;
  }
  return {
    _id: previous?._id ?? docId(kind, record.id),
    ...(previous?._rev ? { _rev: previous._rev } : {}),
    kind,
    record: next,
    fieldTimes,
    ...(Object.keys(textHistory).length ? { textHistory } : {}),
    updatedAt: now,
    updatedBy: me,
    ...(previous?.conflicts?.length ? { conflicts: previous.conflicts } : {}),
  };
}

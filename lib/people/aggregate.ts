/**
 * The People view's data: inbox items grouped by author (per network handle, or across networks
 * where the user linked handles as one person), with what the user set on each. Pure: the
 * background gives it the items and the records.
 */
import type { InboxItem } from '@/lib/inbox/item';
import type { Sentiment } from '@/lib/inbox/sentiment';
import type { Network } from '@/lib/networks';
import { isHighlighted, type PersonHandle, type PersonRecord, type PersonTag } from '@/lib/people/person';
import { personRef } from '@/lib/people/refs';

export interface PersonHandleSeen {
  network: Network;
  handle: string;
  /** The profile address the newest capture gave, or ''. */
  url: string;
}

export interface Person {
  /** The record's id when the user set something, else the handle's ref (`network:handle`). */
  id: string;
  recordId: string | null;
  name: string;
  handles: PersonHandleSeen[];
  firstSeen: number | null;
  lastSeen: number | null;
  captures: number;
  /** Each capture's sentiment in time order (oldest first). */
  sentimentHistory: { at: number; sentiment: Sentiment }[];
  sentimentCounts: Partial<Record<Sentiment, number>>;
  answered: number;
  /** answered ÷ captures that ask for an answer (archived ones left out), or null when none do. */
  answeredShare: number | null;
  tags: PersonTag[];
  notes: string;
  highlighted: boolean;
}

interface Group {
  refs: Set<string>;
  items: InboxItem[];
  handles: Map<string, PersonHandleSeen>;
  /** Per ref, when its newest capture was made (its spelling and profile address are kept). */
  newest: Map<string, number>;
  record: PersonRecord | null;
}

/** The ref of an item's author. */
export function authorRef(item: Pick<InboxItem, 'network' | 'authorHandle' | 'authorName'>): string {
  return personRef(item.network, item.authorHandle, item.authorName);
}

/** Every person the inbox or the records know, highlighted first, then the most recently seen. */
export function aggregatePeople(items: readonly InboxItem[], records: readonly PersonRecord[]): Person[] {
  const byRef = new Map<string, Group>();
  const groups: Group[] = [];
  for (const record of records) {
    const group: Group = { refs: new Set(), items: [], handles: new Map(), newest: new Map(), record };
    for (const { network, handle } of record.handles) {
      const ref = personRef(network, handle);
      if (!ref || byRef.has(ref)) continue; // a handle belongs to the first record that claims it
      group.refs.add(ref);
      group.handles.set(ref, { network, handle, url: '' });
      byRef.set(ref, group);
    }
    if (group.refs.size > 0) groups.push(group);
  }
  for (const item of items) {
    const ref = authorRef(item);
    if (!ref) continue;
    let group = byRef.get(ref);
    if (!group) {
      group = { refs: new Set([ref]), items: [], handles: new Map(), newest: new Map(), record: null };
      byRef.set(ref, group);
      groups.push(group);
    }
    group.items.push(item);
    const seen = group.handles.get(ref);
    // The newest capture's handle spelling and profile address.
    if (item.capturedAt >= (group.newest.get(ref) ?? -Infinity)) {
      group.newest.set(ref, item.capturedAt);
      group.handles.set(ref, {
        network: item.network,
        handle: item.authorHandle || seen?.handle || item.authorName,
        url: item.authorUrl || seen?.url || '',
      });
    }
  }
  return groups.map(personOf).sort(byRank);
}

function personOf(group: Group): Person {
  const items = [...group.items].sort((a, b) => a.capturedAt - b.capturedAt);
  const sentimentCounts: Partial<Record<Sentiment, number>> = {};
  const sentimentHistory: Person['sentimentHistory'] = [];
  for (const item of items) {
    if (!item.sentiment) continue;
    sentimentHistory.push({ at: item.capturedAt, sentiment: item.sentiment });
    sentimentCounts[item.sentiment] = (sentimentCounts[item.sentiment] ?? 0) + 1;
  }
  const answered = items.filter((item) => item.status === 'answered').length;
  const askable = items.filter((item) => item.status !== 'archived').length;
  const newest = items.at(-1);
  const tags = group.record?.tags ?? [];
  return {
    id: group.record?.id ?? [...group.refs][0] ?? '',
    recordId: group.record?.id ?? null,
    name:
      group.record?.name || newest?.authorName || newest?.authorHandle || [...group.handles.values()][0]?.handle || '',
    handles: [...group.handles.values()],
    firstSeen: items[0]?.capturedAt ?? null,
    lastSeen: newest?.capturedAt ?? null,
    captures: items.length,
    sentimentHistory,
    sentimentCounts,
    answered,
    answeredShare: askable > 0 ? Math.min(1, answered / askable) : null,
    tags,
    notes: group.record?.notes ?? '',
    highlighted: isHighlighted(tags),
  };
}

function byRank(a: Person, b: Person): number {
  if (a.highlighted !== b.highlighted) return a.highlighted ? -1 : 1;
  return (b.lastSeen ?? 0) - (a.lastSeen ?? 0) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
}

/** The items of one person (their refs), newest first. */
export function itemsOfPerson(items: readonly InboxItem[], person: { handles: readonly PersonHandle[] }): InboxItem[] {
  const refs = new Set(person.handles.map(({ network, handle }) => personRef(network, handle)));
  return items.filter((item) => refs.has(authorRef(item))).sort((a, b) => b.capturedAt - a.capturedAt);
}

/** The refs of every highlighted person's handles: their mentions rank first, their names are marked. */
export function highlightedRefs(records: readonly PersonRecord[]): Set<string> {
  const refs = new Set<string>();
  for (const record of records) {
    if (!isHighlighted(record.tags)) continue;
    for (const { network, handle } of record.handles) {
      const ref = personRef(network, handle);
      if (ref) refs.add(ref);
    }
  }
  return refs;
}

/** People matching a search (name, handles, notes) and a tag. */
export function filterPeople(people: readonly Person[], search: string, tag: PersonTag | ''): Person[] {
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    if (tag && !person.tags.includes(tag)) return false;
    if (terms.length === 0) return true;
    const haystack = [person.name, person.notes, ...person.handles.map((each) => each.handle)].join('\n').toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}

/** What the user set on people (tags, notes, linked handles): a versioned storage item. */
import { storage } from '@wxt-dev/storage';
import { type PersonRecord, parsePersonRecords } from '@/lib/people/person';

export const peopleItem = storage.defineItem<unknown[]>('local:people', {
  fallback: [],
  version: 1,
});

export async function readPersonRecords(): Promise<PersonRecord[]> {
  return parsePersonRecords(await peopleItem.getValue());
}

export async function writePersonRecords(records: readonly PersonRecord[]): Promise<void> {
  await peopleItem.setValue(parsePersonRecords(records));
}

/** Calls back with the valid records on every change. Returns the unwatch. */
export function watchPersonRecords(callback: (records: PersonRecord[]) => void): () => void {
  return peopleItem.watch((value) => callback(parsePersonRecords(value)));
}

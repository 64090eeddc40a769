import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { patchInboxItems } from '@/lib/db/inbox-triage';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { peopleMessages } from '@/lib/messaging/messages/people';
import { aggregatePeople, itemsOfPerson } from '@/lib/people/aggregate';
import type { PersonRecord } from '@/lib/people/person';
import { linkPeople, patchPerson, unlinkHandle } from '@/lib/people/records';
import { readPersonRecords, writePersonRecords } from '@/lib/people/store';
import { bumpRevision } from '@/lib/storage/db-revision';

/** The background's answers to the People messages: it reads the inbox and the records, and is their one writer. */
export function peopleHandlers(deps: ServiceDeps): FeatureHandlers<typeof peopleMessages> {
  const change = (apply: (records: PersonRecord[]) => PersonRecord[]) =>
    serialize('people', async () => {
      const next = apply(await readPersonRecords());
      await writePersonRecords(next);
      return { records: next.length };
    });
  const allItems = async () => (await deps.db()).getAll('inbox');
  return {
    async listPeople() {
      const [items, records] = await Promise.all([allItems(), readPersonRecords()]);
      return { people: aggregatePeople(items, records) };
    },
    async personItems({ handles, limit }) {
      const items = itemsOfPerson(await allItems(), { handles });
      return { total: items.length, items: items.slice(0, limit) };
    },
    updatePerson: ({ handles, patch }) =>
      change((records) => patchPerson(records, handles, patch, deps.now(), deps.newId)),
    linkPeople: ({ first, second }) => change((records) => linkPeople(records, first, second, deps.now(), deps.newId)),
    unlinkPersonHandle: ({ handle }) => change((records) => unlinkHandle(records, handle, deps.now())),
    async addPersonToReport({ handles }) {
      const db = await deps.db();
      const ids = itemsOfPerson(await db.getAll('inbox'), { handles }).map((item) => item.id);
      if (ids.length === 0) return { changed: 0 };
      const written = await patchInboxItems(db, ids, { inReport: true }, deps.now());
      await bumpRevision('inbox');
      return { changed: written.length };
    },
  };
}

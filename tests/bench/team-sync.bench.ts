// @vitest-environment node
/**
 * Team sync at a brand's scale: 10 CMs, 100,000 inbox items, 2,000 templates, through the
 * CouchDB-protocol test server (tests/couch/server.ts, in memory, same machine: network latency
 * is not in these figures, the protocol's round trips and the documents' weight are). Measures the
 * first CM's upload, a new member's initial sync, one change reaching another CM (push, then pull
 * from checkpoints), and the conflict rate when the 10 CMs triage offline for a day and then
 * sync, with every conflict merged by lib/sync/merge.ts and nothing lost. Prints figures only.
 */
import { expect, it } from 'vitest';
import { makeItem } from '../../lib/inbox/test-items';
import { docId, type SharedDoc, type SharedRecord, toDoc } from '../../lib/sync/doc';
import { mergeVersions } from '../../lib/sync/merge';
import { nodePouchDB, startCouchServer } from '../couch/server';

const ITEMS = Number(process.env.BENCH_TEAM_ITEMS ?? 100_000);
const TEMPLATES = Number(process.env.BENCH_TEAM_TEMPLATES ?? 2_000);
const CMS = 10;
const EDITS_PER_CM = Number(process.env.BENCH_TEAM_EDITS ?? 200);
const T0 = 1_800_000_000_000;
const report = (line: string) => console.log(`BENCH| ${line}`);
const step = (name: string) => process.env.BENCH_DEBUG && process.stderr.write(`step ${name}\n`);

// biome-ignore lint/suspicious/noExplicitAny: PouchDB's Node build is untyped here.
type Db = any;

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

it(`team sync: ${CMS} CMs, ${ITEMS.toLocaleString('en')} items, ${TEMPLATES.toLocaleString('en')} templates`, async () => {
  const PouchDB = nodePouchDB();
  const couch = await startCouchServer();
  const users = Array.from({ length: CMS }, (_, at) => `cm${at}`);
  for (const user of users) await couch.addUser(user, `${user}-password`);
  await couch.addDatabase('team', users);
  const remote = (user: string): Db =>
    new PouchDB(`${couch.url}/team`, { skip_setup: true, auth: { username: user, password: `${user}-password` } });
  const local = (name: string): Db => new PouchDB(name, { adapter: 'memory' });

  // The first CM brings the brand's history.
  const first = local('cm0');
  const docs: SharedDoc[] = [];
  for (let index = 0; index < ITEMS; index++) {
    const item = makeItem(index) as unknown as SharedRecord;
    docs.push({ ...(toDoc('inbox', item, null, T0, 'cm0') as SharedDoc), _id: docId('inbox', String(item.key)) });
  }
  for (let index = 0; index < TEMPLATES; index++) {
    const template = {
      id: `t${index}`,
      name: `Template ${index}`,
      body: `Hello {author.firstName}, answer number ${index}.`,
      tags: ['care'],
      team: true,
    };
    docs.push(toDoc('template', template, null, T0, 'cm0') as SharedDoc);
  }
  for (let at = 0; at < docs.length; at += 5_000) await first.bulkDocs(docs.slice(at, at + 5_000));
  const [, uploadMs] = await time(() => first.replicate.to(remote('cm0'), { batch_size: 500 }));
  report(`first CM uploads ${docs.length.toLocaleString('en')} docs: ${(uploadMs / 1000).toFixed(1)} s`);

  // A new member joins: everything comes down.
  const member = local('cm1');
  const [pulled, initialMs] = await time<{ docs_written: number }>(() =>
    member.replicate.from(remote('cm1'), { batch_size: 500 }),
  );
  report(
    `new member's initial sync (${pulled.docs_written.toLocaleString('en')} docs): ${(initialMs / 1000).toFixed(1)} s`,
  );
  expect(pulled.docs_written).toBe(docs.length);

  // Steady state: one triage change, pushed by one CM, pulled by another from their checkpoints.
  step('one');
  const one = await first.get(docId('inbox', makeItem(42).key));
  const changed = toDoc(
    'inbox',
    { ...one.record, notes: 'Refund sent', status: 'answered' },
    one,
    T0 + 60_000,
    'cm0',
  ) as SharedDoc;
  await first.put(changed);
  const [, pushMs] = await time(() => first.replicate.to(remote('cm0'), { batch_size: 500 }));
  const [pulledOne, pullMs] = await time<{ docs_written: number }>(() =>
    member.replicate.from(remote('cm1'), { batch_size: 500 }),
  );
  report(
    `one change: push ${pushMs.toFixed(0)} ms, pull by another CM ${pullMs.toFixed(0)} ms (${pulledOne.docs_written} doc)`,
  );
  expect(pulledOne.docs_written).toBe(1);

  // A day offline: each CM triages EDITS_PER_CM items among the open 5 % everyone works on.
  const hot = Math.max(EDITS_PER_CM * 2, Math.floor(ITEMS * 0.05));
  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return (seed >>> 8) % n;
  };
  const edits = new Map<string, Set<string>>();
  const replicas: Db[] = [];
  for (const [at, user] of users.entries()) {
    const ids = new Set<string>();
    while (ids.size < EDITS_PER_CM) ids.add(docId('inbox', makeItem(random(hot)).key));
    const replica = local(`day-${user}`);
    // Each CM's copy of what it edits, taken from a full copy as replication would store it.
    const copies = await member.allDocs({ keys: [...ids], include_docs: true });
    await replica.bulkDocs(
      copies.rows.map((row: { doc: SharedDoc }) => row.doc),
      { new_edits: false },
    );
    for (const id of ids) {
      const doc = await replica.get(id);
      const patch = [
        { status: 'to-answer', replyStartedAt: T0 + at },
        { assignee: user },
        { tags: [`t-${user}`] },
        { notes: `note by ${user}` },
      ][at % 4];
      await replica.put(toDoc('inbox', { ...doc.record, ...patch }, doc, T0 + 3_600_000 + at, user));
      if (!edits.has(id)) edits.set(id, new Set());
      edits.get(id)?.add(user);
    }
    replicas.push(replica);
  }
  const [, pushAllMs] = await time(() =>
    Promise.all(replicas.map((replica, at) => replica.replicate.to(remote(users[at] as string)))),
  );
  const merged = member;
  await merged.replicate.from(remote('cm1'), { batch_size: 500 });
  const all = await merged.allDocs({ keys: [...edits.keys()], include_docs: true, conflicts: true });
  let inConflict = 0;
  let lost = 0;
  const [, mergeMs] = await time(async () => {
    for (const row of all.rows) {
      const doc = row.doc as SharedDoc;
      if (!doc._conflicts?.length) continue;
      inConflict++;
      const others = await Promise.all(doc._conflicts.map((rev) => merged.get(doc._id, { rev })));
      const result = mergeVersions([doc, ...others]);
      for (const user of edits.get(doc._id) ?? []) {
        const index = users.indexOf(user) % 4;
        const kept =
          index === 0
            ? result.record.status === 'to-answer' || result.fieldTimes.status !== undefined
            : index === 1
              ? typeof result.record.assignee === 'string'
              : index === 2
                ? Array.isArray(result.record.tags)
                : String(result.record.notes).includes(`note by ${user}`);
        if (!kept) lost++;
      }
    }
  });
  const shared = [...edits.values()].filter((by) => by.size > 1).length;
  report(
    `a day offline: ${CMS} CMs × ${EDITS_PER_CM} triage edits among ${hot.toLocaleString('en')} open items: push ${(pushAllMs / 1000).toFixed(1)} s; ` +
      `${inConflict} of ${edits.size} edited items in conflict (${((inConflict / edits.size) * 100).toFixed(1)} %; ${shared} edited by 2+ CMs), merged in ${mergeMs.toFixed(0)} ms, ${lost} edits lost`,
  );
  expect(lost).toBe(0);
  await couch.stop();
}, 3_600_000);

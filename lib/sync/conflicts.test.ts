import { describe, expect, it } from 'vitest';
import { conflictEditors, conflictOf, conflictUpdate, withUpdates } from '@/lib/sync/conflicts';
import { type SharedDoc, toDoc } from '@/lib/sync/doc';
import { mergeVersions, resolveConflict } from '@/lib/sync/merge';

const T0 = 1_800_000_000_000;

/** A template both CMs edited from the same version, as the device that met both merged it. */
function clashed(): SharedDoc {
  const start = toDoc('template', { id: 't1', name: 'Delay', body: 'Sorry for the delay', tags: [] }, null, T0, 'lea');
  const base = start as SharedDoc;
  const lea = toDoc('template', { ...base.record, body: 'Sorry, Léa here' }, base, T0 + 1000, 'Léa') as SharedDoc;
  const tom = toDoc('template', { ...base.record, name: 'Late', body: 'Sorry, Tom here' }, base, T0 + 2000, 'Tom');
  return mergeVersions([lea, tom as SharedDoc]);
}

describe('"keep which?" for a text edited on both sides', () => {
  it('offers both versions with their authors and texts, the one in place first', () => {
    const conflict = conflictOf(clashed());
    expect(conflict).toEqual({
      kind: 'template',
      id: 't1',
      versions: [
        { keep: 'current', by: 'Léa', at: T0 + 2000, texts: { name: 'Delay', body: 'Sorry, Léa here' } },
        { keep: 0, by: 'Tom', at: T0 + 2000, texts: { name: 'Late', body: 'Sorry, Tom here' } },
      ],
    });
    expect(conflictEditors(conflict as NonNullable<typeof conflict>)).toEqual(['Léa', 'Tom']);
  });

  it('keeping theirs puts their text in place for everyone and closes the choice', () => {
    const resolved = resolveConflict(clashed(), 0, T0 + 9000, 'Léa');
    expect(resolved.record).toMatchObject({ id: 't1', name: 'Late', body: 'Sorry, Tom here' });
    expect(resolved.fieldTimes.body).toBe(T0 + 9000);
    expect(conflictOf(resolved)).toBeNull();
    // The other device takes the resolution as a newer version, not as a new clash.
    expect(mergeVersions([resolved]).conflicts).toBeUndefined();
  });

  it('keeping mine leaves my text and drops theirs', () => {
    const resolved = resolveConflict(clashed(), 'current', T0 + 9000, 'Léa');
    expect(resolved.record).toMatchObject({ name: 'Delay', body: 'Sorry, Léa here' });
    expect(conflictOf(resolved)).toBeNull();
  });

  it('the side panel list follows what arrives: added, replaced, removed once resolved or deleted', () => {
    const doc = clashed();
    const added = withUpdates(
      [],
      [conflictUpdate('template', 't1', doc)].flatMap((u) => (u ? [u] : [])),
    );
    expect(added.map((entry) => entry.id)).toEqual(['t1']);
    const resolved = resolveConflict(doc, 0, T0 + 9000, 'Léa');
    const update = conflictUpdate('template', 't1', resolved);
    expect(update && withUpdates(added, [update])).toEqual([]);
    const deleted = conflictUpdate('template', 't1', null);
    expect(deleted && withUpdates(added, [deleted])).toEqual([]);
  });

  it('nothing to show for inbox items (merged field by field) and an unchanged list stays the same object', () => {
    expect(conflictUpdate('inbox', 'x:1', null)).toBeNull();
    const list: never[] = [];
    const calm = conflictUpdate('calendar', 'c1', toDoc('calendar', { id: 'c1', title: 'Launch' }, null, T0, 'lea'));
    expect(calm && withUpdates(list, [calm])).toBe(list);
  });
});

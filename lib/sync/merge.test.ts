import { describe, expect, it } from 'vitest';
import { type SharedDoc, toDoc } from '@/lib/sync/doc';
import { conflictAuthors, mergeVersions, resolveConflict } from '@/lib/sync/merge';

const T0 = 1_800_000_000_000;
const item = { id: 'i1', status: 'new', tags: [], text: 'Where is my order?', notes: '' };

/** One base document, then each side's own edit of it, as two devices would write them. */
function fork(kind: SharedDoc['kind'], base: Record<string, unknown>, left: object, right: object) {
  const start = toDoc(kind, { id: 'i1', ...base }, null, T0, 'lea') as SharedDoc;
  const lea = toDoc(kind, { ...start.record, ...left }, start, T0 + 1000, 'lea') as SharedDoc;
  const tom = toDoc(kind, { ...start.record, ...right }, start, T0 + 2000, 'tom') as SharedDoc;
  return { lea, tom };
}

describe('inbox triage merges field by field', () => {
  it('keeps each side’s change of different fields', () => {
    const { lea, tom } = fork('inbox', item, { assignee: 'Léa' }, { status: 'to-answer', tags: ['delivery'] });
    for (const merged of [mergeVersions([lea, tom]), mergeVersions([tom, lea])]) {
      expect(merged.record).toMatchObject({ assignee: 'Léa', status: 'to-answer', tags: ['delivery'] });
    }
  });

  it('takes the newer change of the same field, whichever side wins the revision tree', () => {
    const { lea, tom } = fork('inbox', item, { status: 'archived' }, { status: 'answered' });
    expect(mergeVersions([lea, tom]).record.status).toBe('answered');
    expect(mergeVersions([tom, lea]).record.status).toBe('answered');
  });

  it('appends notes written on both sides, the older first, never losing one', () => {
    const { lea, tom } = fork('inbox', item, { notes: 'Called the customer' }, { notes: 'Refund sent' });
    expect(mergeVersions([lea, tom]).record.notes).toBe('Called the customer\nRefund sent');
    expect(mergeVersions([tom, lea]).record.notes).toBe('Called the customer\nRefund sent');
  });

  it('orders notes written at the same moment the same way on every device', () => {
    const start = toDoc('inbox', item, null, T0, 'lea') as SharedDoc;
    const lea = toDoc('inbox', { ...item, notes: 'Called the customer' }, start, T0 + 1000, 'lea') as SharedDoc;
    const tom = toDoc('inbox', { ...item, notes: 'Refund sent' }, start, T0 + 1000, 'tom') as SharedDoc;
    expect(mergeVersions([lea, tom]).record.notes).toBe(mergeVersions([tom, lea]).record.notes);
  });

  it('passes unknown fields through untouched', () => {
    const { lea, tom } = fork('inbox', { ...item, personId: 'p9' }, { status: 'to-answer' }, { crisis: true });
    expect(mergeVersions([lea, tom]).record).toMatchObject({ personId: 'p9', crisis: true, status: 'to-answer' });
  });
});

describe('template and calendar texts edited on both sides keep both versions', () => {
  it('keeps the other body in conflicts and names both authors', () => {
    const base = { name: 'Delay', body: 'Sorry for the delay', tags: [] };
    const { lea, tom } = fork('template', base, { body: 'Sorry, Léa here' }, { body: 'Sorry, Tom here', tags: ['x'] });
    const merged = mergeVersions([lea, tom]);
    expect(merged.record.body).toBe('Sorry, Léa here');
    expect(merged.record.tags).toEqual(['x']);
    expect(merged.conflicts?.map((version) => version.record.body)).toEqual(['Sorry, Tom here']);
    expect(conflictAuthors(merged)).toEqual(['lea', 'tom']);
    const kept = resolveConflict(merged, 0, T0 + 5000, 'lea');
    expect(kept.record.body).toBe('Sorry, Tom here');
    expect(kept.conflicts).toBeUndefined();
  });

  it('calendar text: no conflict when only one side changed the text', () => {
    const base = { title: 'Launch', text: 'We launch today', scheduledAt: T0 };
    const { lea, tom } = fork('calendar', base, { text: 'We launch at noon' }, { scheduledAt: T0 + 3600_000 });
    const merged = mergeVersions([tom, lea]);
    expect(merged.record).toMatchObject({ text: 'We launch at noon', scheduledAt: T0 + 3600_000 });
    expect(merged.conflicts).toBeUndefined();
  });
});

describe('toDoc', () => {
  it('writes nothing when the record did not change, and stamps only the changed fields', () => {
    const first = toDoc('inbox', item, null, T0, 'lea') as SharedDoc;
    expect(toDoc('inbox', { ...item }, first, T0 + 1, 'lea')).toBeNull();
    const next = toDoc('inbox', { ...item, status: 'archived' }, first, T0 + 9, 'tom') as SharedDoc;
    expect(next.fieldTimes.status).toBe(T0 + 9);
    expect(next.fieldTimes.text).toBe(T0);
    expect(next.updatedBy).toBe('tom');
  });
});

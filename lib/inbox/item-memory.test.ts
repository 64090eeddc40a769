import { describe, expect, it } from 'vitest';
import { ItemMemory } from '@/lib/inbox/item-memory';
import { makeItem } from '@/lib/inbox/test-items';

describe('ItemMemory', () => {
  it('remembers what was read, up to its capacity, the oldest going first', () => {
    const memory = new ItemMemory(3);
    memory.read([makeItem(1), makeItem(2), makeItem(3)], memory.epoch);
    memory.read([makeItem(4)], memory.epoch);
    expect(memory.size).toBe(3);
    expect(memory.get(makeItem(1).id)).toBeUndefined();
    expect(memory.get(makeItem(4).id)).toEqual(makeItem(4));
  });

  it('does not remember a read that overlapped a write (it may hold an older version)', () => {
    const memory = new ItemMemory();
    const epoch = memory.epoch;
    memory.wrote([{ ...makeItem(1), status: 'archived' }]);
    memory.read([makeItem(1), makeItem(2)], epoch);
    expect(memory.get(makeItem(1).id)?.status).toBe('archived');
    expect(memory.get(makeItem(2).id)).toBeUndefined();
  });

  it('takes few written items in; of many, refreshes only those it holds; forgets the removed', () => {
    const memory = new ItemMemory(8);
    memory.read([makeItem(1), makeItem(2)], memory.epoch);
    memory.wrote([makeItem(3)], [makeItem(2).id]);
    expect(memory.get(makeItem(3).id)).toEqual(makeItem(3));
    expect(memory.get(makeItem(2).id)).toBeUndefined();
    const bulk = Array.from({ length: 5 }, (_, index) => ({ ...makeItem(index), status: 'answered' as const }));
    memory.wrote(bulk);
    expect(memory.get(makeItem(1).id)?.status).toBe('answered');
    expect(memory.get(makeItem(3).id)?.status).toBe('answered');
    expect(memory.get(makeItem(0).id)).toBeUndefined();
    expect(memory.size).toBe(2);
  });
});

import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openCompanionDb } from '@/lib/db/open';

const NAME = 'migration-001-test';

afterEach(() => deleteDB(NAME));

describe('migration 001 (initial)', () => {
  it('creates the three stores with the indexes the views query', async () => {
    const db = await openCompanionDb(NAME, 1);
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'inbox', 'posts']);
    const tx = db.transaction(['inbox', 'posts', 'events']);
    expect([...tx.objectStore('inbox').indexNames].sort()).toEqual([
      'byCapturedAt',
      'byKey',
      'byNetwork',
      'byPermalink',
      'byStatus',
    ]);
    expect(tx.objectStore('inbox').index('byKey').unique).toBe(true);
    expect(tx.objectStore('inbox').index('byPermalink').unique).toBe(true);
    expect([...tx.objectStore('posts').indexNames].sort()).toEqual(['byScheduledAt', 'byStatus']);
    expect([...tx.objectStore('events').indexNames].sort()).toEqual(['byAt', 'byType']);
    expect(tx.objectStore('events').autoIncrement).toBe(true);
    db.close();
  });

  it('keeps data when the same version is opened again', async () => {
    const first = await openCompanionDb(NAME, 1);
    await first.add('events', { at: 1, type: 'capture', data: {} });
    first.close();
    const again = await openCompanionDb(NAME, 1);
    expect(await again.count('events')).toBe(1);
    again.close();
  });
});

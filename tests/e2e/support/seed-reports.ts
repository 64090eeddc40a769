import type { Worker } from '@playwright/test';

/**
 * A hand-made fortnight for the Reports tests, in local days before the suite's "now" (so both
 * weeks are over, whatever the moment and zone the suite runs at, and every figure is fixed):
 *
 * the week 21 to 15 days ago: 4 mentions (3 on X, 1 on LinkedIn); answered after 30 min, 1 h and
 * 3 h, one negative never answered; an entry for X + LinkedIn published on time, one X post
 * missed; one guard warning cancelled (a near miss prevented); 3 template uses.
 * the week before (28 to 22 days ago): 2 mentions on X, never answered.
 */
export const SEEDED_WEEK_START = -21;
export const PREVIOUS_WEEK_START = -28;

export async function seedReportWeeks(worker: Worker, now: number): Promise<void> {
  await worker.evaluate(async (now) => {
    const today = new Date(now);
    // Day numbers below are days of the seeded week (23 = its first day), as in a calendar.
    const local = (day: number, hour: number, minute = 0) =>
      new Date(today.getFullYear(), today.getMonth(), today.getDate() - 21 + (day - 23), hour, minute).getTime();
    const pad = (n: number) => String(n).padStart(2, '0');
    const wallClock = (at: number) => {
      const date = new Date(at);
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    };
    const HOUR = 3_600_000;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const item = (id: string, network: string, at: number, extra: Record<string, unknown> = {}) => ({
      id,
      key: `${network}:${id}`,
      network,
      postId: id,
      permalink: `https://${network === 'x' ? 'x.com/someone/status' : 'www.linkedin.com/feed/update'}/${id}`,
      authorName: `Author ${id}`,
      authorHandle: `@author_${id}`,
      authorUrl: '',
      text: `Mention ${id}`,
      pageUrl: 'https://x.com/home',
      kind: 'post',
      capturedAt: at,
      updatedAt: at,
      status: 'new',
      tags: [],
      sentiment: 'neutral',
      sentimentSource: 'user',
      ...extra,
    });
    const answered = (at: number, hours: number) => ({ status: 'answered', answeredAt: at + hours * HOUR });
    const items = [
      item('w1', 'x', local(23, 10), answered(local(23, 10), 1)),
      item('w2', 'x', local(24, 10), answered(local(24, 10), 3)),
      item('w3', 'x', local(25, 10), {
        sentiment: 'negative',
        text: 'Ma livraison est en retard, colis introuvable',
        tags: ['livraison'],
      }),
      item('w4', 'linkedin', local(26, 10), { ...answered(local(26, 10), 0.5), sentiment: 'positive' }),
      item('p1', 'x', local(17, 10)),
      item('p2', 'x', local(18, 10)),
    ];
    const entry = (id: string, day: number, hour: number, networks: string[], extra: Record<string, unknown>) => ({
      id,
      title: `Post ${id}`,
      text: 'Hello',
      networks,
      variants: {},
      localDateTime: wallClock(local(day, hour)),
      timeZone: zone,
      scheduledAt: local(day, hour),
      status: 'scheduled',
      labels: [],
      campaign: '',
      notes: '',
      createdAt: local(1, 9),
      updatedAt: local(1, 9),
      publishedOn: {},
      ...extra,
    });
    const posts = [
      entry('e1', 24, 21, ['x', 'linkedin'], {
        status: 'published',
        publishedOn: { x: local(24, 21, 5), linkedin: local(24, 21, 10) },
        publishedAt: local(24, 21, 10),
      }),
      entry('e2', 25, 10, ['x'], { status: 'missed' }),
    ];
    const events = [
      { at: local(24, 15), type: 'guard-warning', network: 'x', data: { rules: ['expected-account'], checkId: 'c1' } },
      {
        at: local(24, 15, 1),
        type: 'guard-decision',
        network: 'x',
        data: { rules: ['expected-account'], checkId: 'c1', decision: 'cancel' },
      },
      ...[23, 24, 25].map((day) => ({
        at: local(day, 11),
        type: 'template-use',
        network: 'x',
        data: { templateId: 't' },
      })),
    ];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cm-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['inbox', 'posts', 'events'], 'readwrite');
    for (const value of items) tx.objectStore('inbox').put(value);
    for (const value of posts) tx.objectStore('posts').put(value);
    for (const value of events) tx.objectStore('events').add(value);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    for (const store of ['inbox', 'posts', 'events']) {
      await chrome.storage.local.set({ [`dbRevision.${store}`]: crypto.randomUUID() });
    }
  }, now);
}

import type { Worker } from '@playwright/test';

/**
 * A hand-made fortnight for the Reports tests, at fixed local dates in March 2026 (in the past
 * on any day the suite runs, so every period is over and every figure is fixed):
 *
 * week of 23–29 March: 4 mentions (3 on X, 1 on LinkedIn); answered after 30 min, 1 h and 3 h,
 * one negative never answered; an entry for X + LinkedIn published on time, one X post missed;
 * one guard warning cancelled (a near miss prevented); 3 template uses.
 * week of 16–22 March: 2 mentions on X, never answered.
 */
export async function seedReportWeeks(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const local = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();
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
      localDateTime: `2026-03-${day}T${String(hour).padStart(2, '0')}:00`,
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
  });
}

/** The report page's address for the seeded week. */
export const SEEDED_WEEK = 'report.html?preset=custom&start=2026-03-23&end=2026-03-29';

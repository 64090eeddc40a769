import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportHandlers } from '@/lib/background/handlers/reports';
import { upsertCapture } from '@/lib/db/inbox-repo';
import { updateInboxItems } from '@/lib/db/inbox-triage';
import { openCompanionDb } from '@/lib/db/open';
import type { CompanionDB } from '@/lib/db/schema';
import type { HandlerContext } from '@/lib/messaging/handle';
import type { ReportModel } from '@/lib/reports/report';
import { readReportSettings } from '@/lib/reports/settings-store';

const NAME = 'report-handlers-test';
let db: IDBPDatabase<CompanionDB>;
const now = Date.UTC(2026, 2, 27, 12);
const handlers = () =>
  reportHandlers({ db: async () => db, now: () => now, newId: () => 'item-1', openSidePanel: async () => undefined });
const page: HandlerContext = { sender: 'page', tabId: null, windowId: null };
const request = { choice: { preset: 'this-week' as const }, filter: {}, zone: 'UTC', weekStart: 1 };

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openCompanionDb(NAME);
  await upsertCapture(
    db,
    {
      network: 'x',
      postId: '1',
      permalink: 'https://x.com/a/status/1',
      authorName: 'Marie',
      authorHandle: '@marie',
      authorUrl: '',
      text: 'Ma livraison est en retard',
      pageUrl: 'https://x.com/home',
      kind: 'post',
      capturedAt: now - 3_600_000,
    },
    now - 3_600_000,
    () => 'item-1',
  );
});

afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('report handlers', () => {
  it('computes the week’s report from the stores, with the picked conversations', async () => {
    await updateInboxItems(db, ['item-1'], { inReport: true }, now);
    const { report } = (await handlers().reportData(request, page)) as { report: ReportModel };
    expect(report.period.first).toBe('2026-03-23');
    expect(report.current.listening.captured).toBe(1);
    expect(report.before.listening.captured).toBe(0);
    expect(report.picks.map((item) => item.id)).toEqual(['item-1']);
  });

  it('saves settings and records a forward to a department in the events log', async () => {
    await handlers().saveReportSettings(
      { departments: [{ id: 'log', name: 'Logistics', email: 'l@acme.example', topics: ['livraison'] }] },
      page,
    );
    expect((await readReportSettings()).departments[0]?.name).toBe('Logistics');
    await handlers().recordForward({ itemId: 'item-1', departmentId: 'log' }, page);
    const forwards = await db.getAllFromIndex('events', 'byType', 'forward');
    expect(forwards).toMatchObject([{ at: now, network: 'x', data: { department: 'Logistics', itemId: 'item-1' } }]);
    const { report } = (await handlers().reportData(request, page)) as { report: ReportModel };
    expect(report.current.feedback.byDepartment).toEqual({ Logistics: 1 });
    const { digests } = await handlers().feedbackDigests(request, page);
    expect(digests[0]).toMatchObject({ total: 1 });
    await expect(handlers().recordForward({ itemId: 'item-1', departmentId: 'nope' }, page)).rejects.toThrow(
      'no department nope',
    );
  });
});

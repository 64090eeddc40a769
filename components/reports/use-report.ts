import { type Signal, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { systemZone } from '@/lib/calendar/time';
import { sendToBackground } from '@/lib/messaging/client';
import type { ReportFilter } from '@/lib/reports/dataset';
import type { PeriodChoice } from '@/lib/reports/period';
import type { ReportModel } from '@/lib/reports/report';
import { watchReportSettings } from '@/lib/reports/settings-store';
import { watchStore } from '@/lib/storage/db-revision';

export interface ReportQuery {
  choice: PeriodChoice;
  filter: ReportFilter;
}

type ReportRequest = ReportQuery & { zone: string; weekStart: number };

/** The report for a query (see useReportAnswer). */
export function useReport(query: Signal<ReportQuery>) {
  const { data, error } = useReportAnswer(query, (request) =>
    sendToBackground('reportData', request).then((reply) => reply.report as ReportModel),
  );
  return { report: data, error };
}

/**
 * A background answer for a report query, asked again whenever the query, the language, the
 * report settings or any store it reads changes (from this view or any other).
 */
export function useReportAnswer<T>(query: Signal<ReportQuery>, ask: (request: ReportRequest) => Promise<T>) {
  const { weekStart } = useAppState();
  const data = useSignal<T | undefined>(undefined);
  const error = useSignal<string | null>(null);
  const revision = useSignal(0);
  useEffect(() => {
    const bump = () => {
      revision.value++;
    };
    const stops = [
      watchStore('inbox', bump),
      watchStore('posts', bump),
      watchStore('events', bump),
      watchReportSettings(bump),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  useSignalEffect(() => {
    revision.value;
    const request = { ...query.value, zone: systemZone(), weekStart: weekStart.value };
    let live = true;
    ask(request).then(
      (value) => {
        if (!live) return;
        data.value = value;
        error.value = null;
      },
      (reason: unknown) => {
        if (live) error.value = reason instanceof Error ? reason.message : String(reason);
      },
    );
    return () => {
      live = false;
    };
  });
  return { data, error };
}

/** The report page's address for a query (its own extension page, printable). */
export function reportPageUrl(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ preset: query.choice.preset, ...extra });
  if (query.choice.month) params.set('month', query.choice.month);
  if (query.choice.start) params.set('start', query.choice.start);
  if (query.choice.end) params.set('end', query.choice.end);
  if (query.filter.network) params.set('network', query.filter.network);
  if (query.filter.account) params.set('account', query.filter.account);
  return `report.html?${params}`;
}

/** Reads a query back from the report page's address; anything invalid falls back to this week. */
export function queryFromUrl(search: string): ReportQuery {
  const params = new URLSearchParams(search);
  const read = (name: string) => params.get(name) ?? undefined;
  return {
    choice: {
      preset: (read('preset') as PeriodChoice['preset']) ?? 'this-week',
      month: read('month'),
      start: read('start'),
      end: read('end'),
    },
    filter: { network: read('network') as ReportFilter['network'], account: read('account') },
  };
}

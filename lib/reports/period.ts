/**
 * Report periods: this week, the last 7, 30 or 90 days, a calendar month, or a custom range of
 * days, each compared with the period of the same length just before it. Boundaries are local
 * midnights in the user's zone (luxon), so a period crossing a daylight-saving change keeps whole
 * days: a 7-day period is 7 calendar days even when one of them lasts 23 or 25 hours.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { IsoWeekday } from '@/lib/i18n/week-start';

export const PERIOD_PRESETS = ['this-week', 'last-7', 'last-30', 'last-90', 'month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the user picked in the period menu. */
export const periodChoiceSchema = z.object({
  preset: z.enum(PERIOD_PRESETS),
  /** For `month`: yyyy-MM (default: the current month). */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  /** For `custom`: first and last day, both included. */
  start: isoDate.optional(),
  end: isoDate.optional(),
});
export type PeriodChoice = z.infer<typeof periodChoiceSchema>;

/** A resolved period: [from, to) in UTC ms, with its local first and last day. */
export interface Period {
  from: number;
  to: number;
  zone: string;
  /** First day, yyyy-MM-dd. */
  first: string;
  /** Last day included, yyyy-MM-dd. */
  last: string;
  /** Calendar days in the period. */
  days: number;
}

const DAY = 'yyyy-MM-dd';

function span(start: DateTime, endExclusive: DateTime, zone: string): Period {
  return {
    from: start.toMillis(),
    to: endExclusive.toMillis(),
    zone,
    first: start.toFormat(DAY),
    last: endExclusive.minus({ days: 1 }).toFormat(DAY),
    days: Math.round(endExclusive.diff(start, 'days').days),
  };
}

function localDay(date: string, zone: string): DateTime {
  return DateTime.fromISO(date, { zone }).startOf('day');
}

/**
 * The period a choice means at `now` in `zone`. "This week" starts on the locale's first day
 * of the week; "last N days" ends with today (included).
 */
export function resolvePeriod(choice: PeriodChoice, now: number, zone: string, weekStart: IsoWeekday): Period {
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  switch (choice.preset) {
    case 'this-week': {
      const back = (today.weekday - weekStart + 7) % 7;
      const start = today.minus({ days: back });
      return span(start, start.plus({ days: 7 }), zone);
    }
    case 'last-7':
    case 'last-30':
    case 'last-90': {
      const days = Number(choice.preset.slice(5));
      const end = today.plus({ days: 1 });
      return span(end.minus({ days }), end, zone);
    }
    case 'month': {
      const start = choice.month ? DateTime.fromISO(`${choice.month}-01`, { zone }) : today.startOf('month');
      return span(start, start.plus({ months: 1 }), zone);
    }
    case 'custom': {
      const first = choice.start ? localDay(choice.start, zone) : today;
      const last = choice.end ? localDay(choice.end, zone) : first;
      const [a, b] = first <= last ? [first, last] : [last, first];
      return span(a, b.plus({ days: 1 }), zone);
    }
  }
}

/** The period of the same length just before: the previous month for a month, else as many days earlier. */
export function previousPeriod(period: Period, preset: PeriodPreset): Period {
  const start = DateTime.fromMillis(period.from, { zone: period.zone });
  if (preset === 'month') return span(start.minus({ months: 1 }), start, period.zone);
  return span(start.minus({ days: period.days }), start, period.zone);
}

/** The local day (yyyy-MM-dd) of an instant. */
export function dayOf(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toFormat(DAY);
}

/** Every local day of the period, in order. */
export function periodDays(period: Period): string[] {
  const start = DateTime.fromMillis(period.from, { zone: period.zone });
  return Array.from({ length: period.days }, (_, index) => start.plus({ days: index }).toFormat(DAY));
}

/** Whether an instant falls in [from, to). */
export function inPeriod(at: number | undefined, period: Pick<Period, 'from' | 'to'>): at is number {
  return at !== undefined && at >= period.from && at < period.to;
}

/** How much of the period has gone by at `now`, from 0 to 1. */
export function elapsedShare(period: Pick<Period, 'from' | 'to'>, now: number): number {
  if (now <= period.from) return 0;
  if (now >= period.to) return 1;
  return (now - period.from) / (period.to - period.from);
}

/** How the reports write their numbers in the UI language. */
import type { Locale } from '@/lib/i18n';
import { METRICS, type MetricId, type MetricUnit } from '@/lib/reports/metrics';

const MINUTE = 60_000;

/** "45 min", "2 h 05", "3 j 4 h" (fr) / "3 d 4 h" (en): short enough for a tile. */
export function formatDuration(ms: number, locale: Locale): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')}`;
  const days = Math.floor(hours / 24);
  return `${days} ${locale === 'fr' ? 'j' : 'd'} ${hours % 24} h`;
}

export function formatValue(unit: MetricUnit, value: number | null, locale: Locale): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'duration':
      return formatDuration(value, locale);
    case 'perWeek':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    case 'count':
      return new Intl.NumberFormat(locale).format(value);
  }
}

export function formatMetric(metric: MetricId, value: number | null, locale: Locale): string {
  return formatValue(METRICS[metric].unit, value, locale);
}

/** A signed change: "+3", "−12 %" (points for shares), "+1 h 05". */
export function formatChange(metric: MetricId, change: number, locale: Locale): string {
  const unit: MetricUnit = METRICS[metric].unit;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (unit === 'percent') {
    const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(size * 100);
    return `${sign}${points} ${locale === 'fr' ? 'pts' : 'pts'}`;
  }
  return `${sign}${formatValue(unit, size, locale)}`;
}

/** A goal's target in words with its unit: "90 %", "2 h", "5". */
export function formatGoalNumber(metric: MetricId, value: number, locale: Locale): string {
  const unit: MetricUnit = METRICS[metric].unit;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (unit === 'percent') return `${number} %`;
  if (unit === 'duration') return `${number} h`;
  return number;
}

/** "23 – 29 March 2026" in the UI language. */
export function formatRange(from: string, last: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const start = Date.parse(`${from}T12:00:00Z`);
  const end = Date.parse(`${last}T12:00:00Z`);
  return from === last ? format.format(start) : format.formatRange(start, end);
}

/** A local day (yyyy-MM-dd) as a short date: "24/03" or "3/24". */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

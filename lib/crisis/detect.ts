/**
 * Crisis detection: is the share of negative captures, or the rate of captures of tracked
 * keywords, in the last hours well above the account's usual level? The usual level is robust:
 * the median of the previous 14 days (one day with a storm does not raise it much, quiet days
 * keep it low), never a fixed count. Pure: the items, keywords and moment are passed in.
 */
import { compileKeywords, matchKeywords } from '@/lib/capture/keywords';
import type { InboxItem } from '@/lib/inbox/item';

const HOUR = 3_600_000;
/** What counts as negative: the lexicon's negative, and complaints. */
export const NEGATIVE = new Set<string>(['negative', 'complaint']);
const DAY = 24 * HOUR;
export const BASELINE_DAYS = 14;

/** What the user tunes in Settings → Crisis. */
export interface CrisisSettings {
  /** The recent window, in hours. */
  windowHours: number;
  /** How many times the usual level counts as a crisis. */
  factor: number;
  /** Fewer captures than this in the window are never a crisis (two angry posts are not one). */
  minCaptures: number;
}

export const DEFAULT_CRISIS_SETTINGS: CrisisSettings = { windowHours: 6, factor: 3, minCaptures: 10 };

/**
 * Without captures on at least this many of the 14 days there is no usual level to rise above
 * (a new install, a new brand): no alert. A quiet history (one capture a day) is enough.
 */
export const MIN_HISTORY_DAYS = 3;

/** A share must also rise by this much above the usual one: 5 % → 15 % is not a crisis. */
const MIN_SHARE_RISE = 0.2;
/** A quiet baseline (no keyword capture most days) counts as one capture a day, not zero. */
const MIN_BASELINE_PER_HOUR = 1 / 24;

export interface CrisisSignal {
  /** In the recent window. */
  count: number;
  /** Negative: the share of the window's captures; keywords: captures per hour. */
  value: number;
  /** The same measure, median of the previous 14 days. */
  baseline: number;
  /** value / baseline (the baseline floored when quiet), for "4.2× the usual". */
  ratio: number;
  raised: boolean;
}

export interface CrisisReport {
  raised: boolean;
  windowHours: number;
  /** Captures in the window. */
  total: number;
  /** Days of the 14 with at least one capture: fewer than MIN_HISTORY_DAYS, no alert. */
  historyDays: number;
  negative: CrisisSignal;
  keywords: CrisisSignal;
}

export type CrisisItem = Pick<InboxItem, 'capturedAt' | 'sentiment' | 'text'>;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Reads any stored value into valid settings (each field kept when valid, else its default). */
export function parseCrisisSettings(value: unknown): CrisisSettings {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const pick = (key: keyof CrisisSettings, min: number, max: number) => {
    const raw = stored[key];
    return typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max
      ? raw
      : DEFAULT_CRISIS_SETTINGS[key];
  };
  return {
    windowHours: Math.round(pick('windowHours', 1, 24)),
    factor: pick('factor', 1.5, 20),
    minCaptures: Math.round(pick('minCaptures', 2, 1000)),
  };
}

/** The captures of each slice [end − length, end). */
function slice(items: readonly CrisisItem[], end: number, length: number): CrisisItem[] {
  return items.filter((item) => item.capturedAt >= end - length && item.capturedAt < end);
}

/**
 * The crisis report at `now`: the last `windowHours` against each of the 14 days before that
 * window (day slices ending where the window starts, so the storm is never in its own baseline).
 */
export function detectCrisis(
  items: readonly CrisisItem[],
  keywords: readonly string[],
  now: number,
  settings: CrisisSettings = DEFAULT_CRISIS_SETTINGS,
): CrisisReport {
  const windowMs = settings.windowHours * HOUR;
  const compiled = compileKeywords(keywords);
  const isNegative = (item: CrisisItem) => NEGATIVE.has(item.sentiment ?? '');
  const hasKeyword = (item: CrisisItem) => compiled.length > 0 && matchKeywords(item.text, compiled).length > 0;

  const recent = items.filter((item) => item.capturedAt >= now - windowMs && item.capturedAt <= now);
  const negativeCount = recent.filter(isNegative).length;
  const keywordCount = recent.filter(hasKeyword).length;

  const start = now - windowMs;
  const days = Array.from({ length: BASELINE_DAYS }, (_, day) => slice(items, start - day * DAY, DAY));
  // A day without a capture says nothing about the share: only days with captures count.
  const history = days.filter((day) => day.length > 0);
  const hasHistory = history.length >= MIN_HISTORY_DAYS;
  const dailyShares = history.map((day) => day.filter(isNegative).length / day.length);
  const baselineShare = median(dailyShares);
  const baselinePerHour = median(days.map((day) => day.filter(hasKeyword).length / 24));

  const share = recent.length ? negativeCount / recent.length : 0;
  const shareRatio = share / Math.max(baselineShare, 0.01);
  const negativeRaised =
    hasHistory &&
    recent.length >= settings.minCaptures &&
    share >= baselineShare * settings.factor &&
    share - baselineShare >= MIN_SHARE_RISE;

  const perHour = keywordCount / settings.windowHours;
  const keywordRatio = perHour / Math.max(baselinePerHour, MIN_BASELINE_PER_HOUR);
  const keywordsRaised = hasHistory && keywordCount >= settings.minCaptures && keywordRatio >= settings.factor;

  return {
    raised: negativeRaised || keywordsRaised,
    windowHours: settings.windowHours,
    total: recent.length,
    historyDays: history.length,
    negative: {
      count: negativeCount,
      value: share,
      baseline: baselineShare,
      ratio: shareRatio,
      raised: negativeRaised,
    },
    keywords: {
      count: keywordCount,
      value: perHour,
      baseline: baselinePerHour,
      ratio: keywordRatio,
      raised: keywordsRaised,
    },
  };
}

import { describe, expect, it } from 'vitest';
import {
  type CrisisItem,
  DEFAULT_CRISIS_SETTINGS,
  detectCrisis,
  MIN_HISTORY_DAYS,
  median,
  parseCrisisSettings,
} from '@/lib/crisis/detect';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 7, 15, 0);

const item = (hoursAgo: number, sentiment: CrisisItem['sentiment'] = 'neutral', text = 'hello'): CrisisItem => ({
  capturedAt: NOW - hoursAgo * HOUR,
  sentiment,
  text,
});

/** `perDay` captures on each of the `days` days before the window, `negative` of them negative. */
function usualDays(perDay: number, negative: number, text = 'hello', days = 14): CrisisItem[] {
  const items: CrisisItem[] = [];
  for (let day = 0; day < days; day++) {
    for (let n = 0; n < perDay; n++) {
      items.push(item(6 + day * 24 + 1 + n * 0.5, n < negative ? 'negative' : 'positive', text));
    }
  }
  return items;
}

/** A quiet history: one calm capture a day. */
const quiet = () => usualDays(1, 0);

/** `count` captures in the last hours, `negative` of them negative. */
function storm(count: number, negative: number, text = 'hello'): CrisisItem[] {
  return Array.from({ length: count }, (_, n) => item(0.1 + n * 0.2, n < negative ? 'negative' : 'neutral', text));
}

describe('crisis detection', () => {
  it('takes the median, even or odd, and 0 for nothing', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('raises on a negative spike over a quiet baseline, with the numbers', () => {
    const report = detectCrisis([...quiet(), ...storm(12, 9)], [], NOW);
    expect(report.raised).toBe(true);
    expect(report.total).toBe(12);
    expect(report.historyDays).toBe(14);
    expect(report.negative).toMatchObject({ count: 9, value: 0.75, baseline: 0, raised: true });
  });

  it('counts complaints as negative', () => {
    expect(
      detectCrisis([...quiet(), ...storm(10, 0).map((one) => ({ ...one, sentiment: 'complaint' as const }))], [], NOW)
        .raised,
    ).toBe(true);
  });

  it('never raises on a handful of captures, however negative (quiet baseline)', () => {
    expect(detectCrisis([...quiet(), ...storm(5, 5)], [], NOW).raised).toBe(false);
    expect(detectCrisis([...quiet(), ...storm(9, 9)], [], NOW).raised).toBe(false);
  });

  it('has no usual level, so raises nothing, without captures on a few of the 14 days (a new install)', () => {
    expect(detectCrisis(storm(30, 30), [], NOW)).toMatchObject({ raised: false, historyDays: 0 });
    const short = [...usualDays(1, 0, 'hello', MIN_HISTORY_DAYS - 1), ...storm(30, 30)];
    expect(detectCrisis(short, [], NOW).raised).toBe(false);
    const enough = [...usualDays(1, 0, 'hello', MIN_HISTORY_DAYS), ...storm(30, 30)];
    expect(detectCrisis(enough, [], NOW).raised).toBe(true);
  });

  it('stays calm when the share is the usual one, and raises when it is well above it', () => {
    const usual = usualDays(10, 3); // 30 % negative every day
    expect(detectCrisis([...usual, ...storm(10, 4)], [], NOW).raised).toBe(false);
    const crisis = detectCrisis([...usual, ...storm(10, 10)], [], NOW);
    expect(crisis.negative.baseline).toBeCloseTo(0.3);
    expect(crisis.negative.ratio).toBeCloseTo(1 / 0.3);
    expect(crisis.raised).toBe(true);
  });

  it('needs a real rise: 5 % usual to 15 % is three times but not a crisis', () => {
    const usual = usualDays(20, 1); // 5 %
    expect(detectCrisis([...usual, ...storm(20, 3)], [], NOW).negative.raised).toBe(false);
  });

  it('is robust: one stormy day among the 14 does not move the baseline', () => {
    const usual = usualDays(10, 1);
    const pastStorm = Array.from({ length: 40 }, (_, n) => item(6 + 3 * 24 + n * 0.1, 'negative'));
    const report = detectCrisis([...usual, ...pastStorm, ...storm(10, 8)], [], NOW);
    expect(report.negative.baseline).toBeCloseTo(0.1);
    expect(report.raised).toBe(true);
  });

  it('leaves the window out of its own baseline and ignores captures older than 14 days', () => {
    const old = Array.from({ length: 50 }, (_, n) => item(6 + 15 * 24 + n * 0.1, 'negative'));
    const report = detectCrisis([...quiet(), ...old, ...storm(10, 9)], [], NOW);
    expect(report.negative.baseline).toBe(0);
    expect(report.raised).toBe(true);
  });

  it('counts only days with captures in the usual share', () => {
    // Four days with 50 % negative, ten silent days: the usual share is 50 %, not 0.
    const items = [10, 34, 58, 82].flatMap((hours) => [item(hours, 'negative'), item(hours + 1, 'positive')]);
    expect(detectCrisis([...items, ...storm(10, 6)], [], NOW).negative).toMatchObject({ baseline: 0.5, raised: false });
  });

  it('raises on a burst of tracked keywords against their usual rate, not on their usual rate', () => {
    const usual = usualDays(2, 0, 'the #AcmeRecall rumour');
    const calm = detectCrisis([...usual, ...storm(1, 0, 'about #AcmeRecall')], ['#AcmeRecall'], NOW);
    expect(calm.keywords.raised).toBe(false);
    const burst = detectCrisis([...usual, ...storm(12, 0, 'about #acmerecall')], ['#AcmeRecall'], NOW);
    expect(burst.keywords).toMatchObject({ count: 12, raised: true });
    expect(burst.keywords.value).toBeCloseTo(2);
    expect(burst.keywords.baseline).toBeCloseTo(2 / 24);
    expect(burst.raised).toBe(true);
  });

  it('never raises on keywords below the minimum count, even over a quiet baseline', () => {
    expect(detectCrisis([...quiet(), ...storm(9, 0, 'recall')], ['recall'], NOW).keywords.raised).toBe(false);
    expect(detectCrisis([...quiet(), ...storm(12, 0, 'recall')], ['recall'], NOW).keywords.raised).toBe(true);
    expect(detectCrisis([...quiet(), ...storm(12, 0, 'recall')], [], NOW).keywords.count).toBe(0);
  });

  it('follows the threshold the user sets', () => {
    const items = [...usualDays(10, 2), ...storm(10, 7)];
    expect(detectCrisis(items, [], NOW, { ...DEFAULT_CRISIS_SETTINGS, factor: 3 }).raised).toBe(true);
    expect(detectCrisis(items, [], NOW, { ...DEFAULT_CRISIS_SETTINGS, factor: 4 }).raised).toBe(false);
    expect(detectCrisis(items, [], NOW, { ...DEFAULT_CRISIS_SETTINGS, minCaptures: 11 }).raised).toBe(false);
    // A longer window takes in older calm captures: the share falls.
    const spread = [...storm(6, 6), item(20, 'positive'), item(21, 'positive'), item(22, 'positive')];
    expect(detectCrisis(spread, [], NOW, { ...DEFAULT_CRISIS_SETTINGS, windowHours: 24 }).negative.value).toBeCloseTo(
      6 / 9,
    );
  });

  it('reads damaged settings as the defaults, field by field', () => {
    expect(parseCrisisSettings(null)).toEqual(DEFAULT_CRISIS_SETTINGS);
    expect(parseCrisisSettings({ windowHours: 12, factor: 'x', minCaptures: 1 })).toEqual({
      ...DEFAULT_CRISIS_SETTINGS,
      windowHours: 12,
    });
  });
});

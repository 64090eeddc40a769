import { describe, expect, it } from 'vitest';
import { placeLocal, shiftLocal, toLocal, toUtc } from '@/lib/calendar/time';

const PARIS = 'Europe/Paris';
const iso = (ms: number) => new Date(ms).toISOString();

describe('DST-safe scheduling (Europe/Paris)', () => {
  it('keeps 21:00 at 21:00 on both sides of the last Sunday of March', () => {
    expect(iso(toUtc('2026-03-28T21:00', PARIS))).toBe('2026-03-28T20:00:00.000Z');
    expect(iso(toUtc('2026-03-29T21:00', PARIS))).toBe('2026-03-29T19:00:00.000Z');
  });

  it('keeps 21:00 at 21:00 on both sides of the last Sunday of October', () => {
    expect(iso(toUtc('2026-10-24T21:00', PARIS))).toBe('2026-10-24T19:00:00.000Z');
    expect(iso(toUtc('2026-10-25T21:00', PARIS))).toBe('2026-10-25T20:00:00.000Z');
  });

  it('moves a nonexistent time (02:30 on 29 March) forward by the jump', () => {
    const placed = placeLocal('2026-03-29T02:30', PARIS);
    expect(placed).toMatchObject({ kind: 'gap', shiftedTo: '2026-03-29T03:30' });
    expect(iso(placed.utc)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first occurrence of an ambiguous time (02:30 on 25 October)', () => {
    const placed = placeLocal('2026-10-25T02:30', PARIS);
    expect(placed.kind).toBe('overlap');
    expect(iso(placed.utc)).toBe('2026-10-25T00:30:00.000Z');
    if (placed.kind === 'overlap') expect(iso(placed.later)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('round-trips UTC back to the wall clock, and a day shift keeps the wall clock', () => {
    expect(toLocal(toUtc('2026-03-29T21:00', PARIS), PARIS)).toBe('2026-03-29T21:00');
    const dayAfter = shiftLocal('2026-03-28T21:00', { days: 1 });
    expect(dayAfter).toBe('2026-03-29T21:00');
    expect(toUtc(dayAfter, PARIS) - toUtc('2026-03-28T21:00', PARIS)).toBe(23 * 3_600_000);
  });

  it('refuses unknown zones and malformed times', () => {
    expect(() => toUtc('2026-03-29T21:00', 'Europe/Atlantis')).toThrow(/time zone/);
    expect(() => toUtc('2026-03-29 21:00', PARIS)).toThrow(/local date-time/);
    expect(() => toUtc('2026-02-30T10:00', PARIS)).toThrow(/local date-time/);
  });

  it('works in zones without DST and south of the equator', () => {
    expect(iso(toUtc('2026-07-01T09:00', 'Asia/Tokyo'))).toBe('2026-07-01T00:00:00.000Z');
    expect(placeLocal('2026-04-05T02:30', 'Australia/Sydney').kind).toBe('overlap');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { now, nowDate, toPlatformTime } from '@/lib/clock';

describe('clock', () => {
  it('reads the platform clock when no offset was built in', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-03-28T01:59:00Z') });
    try {
      expect(now()).toBe(Date.parse('2027-03-28T01:59:00Z'));
      expect(nowDate().toISOString()).toBe('2027-03-28T01:59:00.000Z');
      expect(toPlatformTime(1_000)).toBe(1_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes an injected clock', () => {
    expect(nowDate(() => 0).getTime()).toBe(0);
  });
});

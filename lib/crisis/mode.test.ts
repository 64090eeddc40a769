import { describe, expect, it } from 'vitest';
import { CRISIS_OFF, crisisOn, isHeld, parseCrisisMode, resume } from '@/lib/crisis/mode';

const planned = { id: 'a', status: 'scheduled' };

describe('crisis mode', () => {
  it('holds planned posts only while on, and only planned ones', () => {
    const on = crisisOn(CRISIS_OFF, 100);
    expect(isHeld(CRISIS_OFF, planned)).toBe(false);
    expect(isHeld(on, planned)).toBe(true);
    expect(isHeld(on, { id: 'b', status: 'draft' })).toBe(false);
    expect(isHeld(on, { id: 'c', status: 'published' })).toBe(false);
  });

  it('lets resumed posts go, one or all, and keeps its start when switched on again', () => {
    const on = crisisOn(CRISIS_OFF, 100);
    const resumed = resume(on, ['a']);
    expect(isHeld(resumed, planned)).toBe(false);
    expect(isHeld(resumed, { id: 'b', status: 'scheduled' })).toBe(true);
    expect(resume(resumed, ['a', 'b']).resumed).toEqual(['a', 'b']);
    expect(crisisOn(resumed, 999)).toBe(resumed);
    expect(resume(CRISIS_OFF, ['a'])).toBe(CRISIS_OFF);
  });

  it('reads anything damaged or off as off', () => {
    expect(parseCrisisMode(null)).toEqual(CRISIS_OFF);
    expect(parseCrisisMode({ on: false, since: 5, resumed: ['a'] })).toEqual(CRISIS_OFF);
    expect(parseCrisisMode({ on: true, since: 'x', resumed: 'y' })).toEqual({ on: true, since: null, resumed: [] });
  });
});

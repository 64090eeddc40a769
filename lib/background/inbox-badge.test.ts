import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/background/inbox-badge';

describe('toolbar badge', () => {
  it('shows nothing at zero and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1000)).toBe('999+');
  });
});

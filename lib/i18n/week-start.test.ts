import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, weekLocale } from '@/lib/i18n/week-start';

describe('week start', () => {
  it.each([
    ['fr', 1],
    ['fr-FR', 1],
    ['fr-CA', 7],
    ['en', 7],
    ['en-US', 7],
    ['en-GB', 1],
    ['ar-EG', 6],
    ['de', 1],
  ] as const)('%s starts its week on ISO day %i', (tag, day) => {
    expect(firstDayOfWeek(tag)).toBe(day);
  });

  it('falls back to Monday on a malformed tag', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });

  it('follows the browser language when it speaks the UI language', () => {
    expect(weekLocale('en', 'en-GB')).toBe('en-GB');
    expect(weekLocale('fr', 'en-US')).toBe('fr');
    expect(weekLocale('en', 'fr-FR')).toBe('en');
  });
});

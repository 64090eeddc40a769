import { describe, expect, it } from 'vitest';
import { badgeFor, badgeText, crisisTitle } from '@/lib/background/inbox-badge';
import { detectCrisis } from '@/lib/crisis/detect';
import { translate } from '@/lib/i18n';

describe('toolbar badge', () => {
  it('shows nothing at zero and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1000)).toBe('999+');
  });

  it('says "!" on red for a crisis alert until crisis mode is on, then the count on red', () => {
    expect(badgeFor(3, { raised: false }, { on: false })).toEqual({ text: '3', color: '#0b63ce', alert: false });
    expect(badgeFor(3, { raised: true }, { on: false })).toEqual({ text: '!', color: '#cf222e', alert: true });
    expect(badgeFor(3, { raised: true }, { on: true })).toEqual({ text: '3', color: '#cf222e', alert: false });
  });

  it('gives the numbers in its tooltip, in the user language', () => {
    const at = 1_000_000_000_000;
    const spike = Array.from({ length: 10 }, (_, n) => ({
      capturedAt: at - n * 60_000,
      sentiment: n < 8 ? ('negative' as const) : ('neutral' as const),
      text: '',
    }));
    // Two calm weeks, one positive capture a day.
    const calm = Array.from({ length: 14 }, (_, day) => ({
      capturedAt: at - 7 * 3_600_000 - day * 86_400_000,
      sentiment: 'positive' as const,
      text: '',
    }));
    const items = [...calm, ...spike];
    const report = detectCrisis(items, [], at);
    const en = (key: Parameters<typeof translate>[1], subs?: string[]) => translate('en', key, subs);
    const fr = (key: Parameters<typeof translate>[1], subs?: string[]) => translate('fr', key, subs);
    expect(crisisTitle(en, report)).toBe('Possible crisis\n8 of 10 captures in the last 6 h are negative (usually 0%)');
    expect(crisisTitle(fr, report)).toBe(
      'Crise possible\n8 des 10 captures des 6 dernières heures sont négatives (d’habitude 0\u00a0%)',
    );
  });
});

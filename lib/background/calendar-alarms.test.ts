import { describe, expect, it } from 'vitest';
import { reminderTitle } from '@/lib/background/calendar-alarms';
import { buildEntry } from '@/lib/calendar/entry';
import { translate } from '@/lib/i18n';

const entry = buildEntry(
  {
    title: 'Spring launch',
    networks: ['linkedin', 'x'],
    variants: { linkedin: { account: '@acme' } },
    localDateTime: '2026-03-29T21:00',
    timeZone: 'Europe/Paris',
  },
  0,
  () => 'e1',
);

describe('reminder notification', () => {
  it('says where, as whom and what, in the user language', () => {
    const en = (key: Parameters<typeof translate>[1], subs?: string[]) => translate('en', key, subs);
    const fr = (key: Parameters<typeof translate>[1], subs?: string[]) => translate('fr', key, subs);
    expect(reminderTitle(en, entry, 'linkedin', 'due', 0)).toBe('Post on LinkedIn as @acme: Spring launch');
    expect(reminderTitle(fr, entry, 'linkedin', 'due', 0)).toBe(
      'Publier sur LinkedIn en tant que @acme\u00a0: Spring launch',
    );
    expect(reminderTitle(en, entry, 'x', 'due', 0)).toBe('Post on X: Spring launch');
    expect(reminderTitle(en, entry, 'linkedin', 'lead', 15)).toBe(
      'In 15 min — Post on LinkedIn as @acme: Spring launch',
    );
  });
});

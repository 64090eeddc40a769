import { describe, expect, it } from 'vitest';
import { productivityKpis } from '@/lib/reports/productivity';
import { event, parisDays } from '@/lib/reports/test-data';

const week = parisDays('2026-03-23', '2026-03-29');

describe('productivity KPIs', () => {
  it('counts template uses, ranks templates and estimates the time saved', () => {
    const events = [
      event('template-use', '2026-03-23T10:00', { templateId: 'thanks' }),
      event('template-use', '2026-03-24T10:00', { templateId: 'thanks' }),
      event('template-use', '2026-03-24T11:00', { templateId: 'sorry' }),
      event('template-use', '2026-03-25T11:00', { templateId: 'deleted-one' }),
      event('template-use', '2026-03-22T11:00', { templateId: 'thanks' }), // the week before
    ];
    const names = new Map([
      ['thanks', 'Merci'],
      ['sorry', 'Désolé'],
    ]);
    const kpis = productivityKpis(events, week, { secondsPerUse: 45, templateNames: names });
    expect(kpis.templateUses).toBe(4);
    expect(kpis.timeSavedMs).toBe(4 * 45_000);
    expect(kpis.topTemplates).toEqual([
      { templateId: 'thanks', name: 'Merci', uses: 2 },
      { templateId: 'deleted-one', name: 'deleted-one', uses: 1 },
      { templateId: 'sorry', name: 'Désolé', uses: 1 },
    ]);
  });
});

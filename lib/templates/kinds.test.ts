import { describe, expect, it } from 'vitest';
import { isApology, isHoldingStatement } from '@/lib/templates/kinds';
import { starterTemplates } from '@/lib/templates/starter';

describe('template kinds', () => {
  it('finds the holding statements and the apologies of the starter set, in both languages', () => {
    const list = starterTemplates(0);
    expect(list.filter(isHoldingStatement).map((t) => t.id)).toEqual(['starter-holding-fr', 'starter-holding-en']);
    expect(list.filter(isApology).map((t) => t.id)).toEqual(['starter-apology-fr', 'starter-apology-en']);
  });

  it('reads the user’s own tags and names, without case or accents', () => {
    expect(isApology({ name: 'Désolé pour le retard', tags: [] })).toBe(true);
    expect(isHoldingStatement({ name: 'Statement', tags: ['CRISE'] })).toBe(true);
    expect(isApology({ name: 'Welcome', tags: ['community'] })).toBe(false);
  });
});

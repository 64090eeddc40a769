import { describe, expect, it } from 'vitest';
import fr from '../../public/_locales/fr/messages.json';

const messages = Object.entries(fr as Record<string, { message: string }>);

/**
 * French typography in the French catalog: typographic apostrophes, and a non-breaking space
 * (or a narrow one) before the double punctuation : ; ? ! that ends a clause. The `;;` template
 * trigger, times (21:00) and web addresses are not punctuation.
 */
describe('French copy', () => {
  it('uses typographic apostrophes (’), never straight ones', () => {
    expect(messages.filter(([, { message }]) => message.includes("'")).map(([key]) => key)).toEqual([]);
  });

  it('puts a non-breaking space before : ; ? !', () => {
    const missing = messages
      .filter(([, { message }]) => /(?<![\u00a0\u202f;:/\d])[:;?!](?=\s|$|\$)/.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(missing).toEqual([]);
  });
});

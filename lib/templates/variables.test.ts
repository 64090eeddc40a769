import { describe, expect, it } from 'vitest';
import { fieldsOf, firstNameOf, renderTemplate } from '@/lib/templates/variables';

const now = new Date('2026-03-05T14:30:00Z');
const base = { now, locale: 'en', timeZone: 'UTC' };

describe('renderTemplate', () => {
  it('fills the author, my account, brand, network and link', () => {
    const { text, missing } = renderTemplate(
      'Hi {author.firstName} ({author.name}, {author.handle}) — {me.name} {me.handle} for {brand} on {network}: {post.link}',
      {
        ...base,
        author: { name: 'Marie Dupont', handle: '@marie' },
        me: { name: 'Acme', handle: 'acme' },
        brand: 'Acme',
        network: 'x',
        postLink: 'https://x.com/marie/status/1',
      },
    );
    expect(text).toBe('Hi Marie (Marie Dupont, @marie) — Acme @acme for Acme on X: https://x.com/marie/status/1');
    expect(missing).toEqual([]);
  });

  it('writes the date and time in the user language', () => {
    expect(renderTemplate('{date} {time}', base).text).toBe('March 5, 2026 2:30 PM');
    expect(renderTemplate('{date} à {time}', { ...base, locale: 'fr' }).text).toBe('5 mars 2026 à 14:30');
  });

  it('places the caret at {cursor}, the first one only', () => {
    const result = renderTemplate('Merci {cursor}à bientôt{cursor}', base);
    expect(result.text).toBe('Merci à bientôt');
    expect(result.caret).toBe(6);
    expect(renderTemplate('No marker', base).caret).toBe(9);
  });

  it('reports unknown and empty variables and never inserts braces or undefined', () => {
    const result = renderTemplate('Bonjour {author.firstName}, {oops} ok {brand}', base);
    expect(result.text).toBe('Bonjour, ok');
    expect(result.text).not.toMatch(/[{}]|undefined/);
    expect(result.missing).toEqual([
      { token: '{author.firstName}', reason: 'empty' },
      { token: '{oops}', reason: 'unknown' },
      { token: '{brand}', reason: 'empty' },
    ]);
  });

  it('fills fill-in fields by label and reports empty ones', () => {
    const body = 'Order {field:Order number}, parcel {field: Tracking }';
    expect(fieldsOf(body)).toEqual(['Order number', 'Tracking']);
    const result = renderTemplate(body, { ...base, fields: { 'Order number': ' A-123 ' } });
    expect(result.text).toBe('Order A-123, parcel');
    expect(result.missing).toEqual([{ token: '{field: Tracking }', reason: 'empty' }]);
  });

  it('keeps doubled braces as literal braces and lone braces as text', () => {
    expect(renderTemplate('{{brand}} :-{ }}', { ...base, brand: 'Acme' }).text).toBe('{brand} :-{ }');
  });

  it('prefixes handles the way each network writes them', () => {
    expect(renderTemplate('{me.handle}', { ...base, me: { handle: 'acme' }, network: 'reddit' }).text).toBe('u/acme');
    expect(renderTemplate('{me.handle}', { ...base, me: { handle: 'acme-fr' }, network: 'linkedin' }).text).toBe(
      'acme-fr',
    );
  });
});

describe('firstNameOf', () => {
  it('takes the first word, not a handle', () => {
    expect(firstNameOf('  Jean-Luc Picard ')).toBe('Jean-Luc');
    expect(firstNameOf('@acme')).toBe('');
    expect(firstNameOf(undefined)).toBe('');
  });
});

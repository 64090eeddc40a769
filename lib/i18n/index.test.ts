import { describe, expect, it } from 'vitest';
import { catalogEntry, catalogKeys, resolveLocale, translate, translateCount } from '@/lib/i18n';

describe('resolveLocale', () => {
  it('follows the browser when set to auto', () => {
    expect(resolveLocale('auto', 'fr-FR')).toBe('fr');
    expect(resolveLocale('auto', 'fr')).toBe('fr');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'de')).toBe('en');
  });
  it('keeps an explicit choice over the browser language', () => {
    expect(resolveLocale('en', 'fr-FR')).toBe('en');
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
  });
});

describe('translate', () => {
  it('renders plain messages in each language', () => {
    expect(translate('en', 'navInbox')).toBe('Inbox');
    expect(translate('fr', 'navSettings')).toBe('Réglages');
  });
  it('fills named placeholders from positional substitutions', () => {
    expect(translate('en', 'inboxCountOther', ['3'])).toBe('3 items');
    expect(translate('fr', 'settingsMastodonRemove', ['mastodon.social'])).toBe('Retirer mastodon.social');
  });
  it('leaves a missing substitution empty rather than printing $1', () => {
    expect(translate('en', 'inboxCountOther')).toBe(' items');
  });
});

describe('translateCount', () => {
  const forms = { one: 'inboxCountOne', other: 'inboxCountOther' } as const;
  it('follows each language plural rule', () => {
    expect(translateCount('en', forms, 1)).toBe('1 item');
    expect(translateCount('en', forms, 0)).toBe('0 items');
    expect(translateCount('fr', forms, 0)).toBe('0 élément');
    expect(translateCount('fr', forms, 1)).toBe('1 élément');
    expect(translateCount('fr', forms, 2)).toBe('2 éléments');
  });
  it('groups digits the local way', () => {
    expect(translateCount('en', forms, 12500)).toBe('12,500 items');
    expect(translateCount('fr', forms, 12500)).toBe('12\u202f500 éléments');
  });
});

describe('catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(catalogKeys('fr')).toEqual(catalogKeys('en'));
  });
  it('have the same placeholders in both languages and no empty message', () => {
    for (const key of catalogKeys('en')) {
      const en = catalogEntry('en', key);
      const fr = catalogEntry('fr', key);
      expect(fr?.message.trim(), key).not.toBe('');
      expect(Object.keys(fr?.placeholders ?? {}).sort(), key).toEqual(Object.keys(en?.placeholders ?? {}).sort());
    }
  });
});

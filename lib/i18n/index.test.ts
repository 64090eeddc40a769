import { describe, expect, it } from 'vitest';
import { catalogEntry, catalogKeys, resolveLocale, translate } from './index';

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
    expect(translate('en', 'inboxCount', ['3'])).toBe('3 items');
    expect(translate('fr', 'settingsMastodonRemove', ['mastodon.social'])).toBe('Retirer mastodon.social');
  });
  it('leaves a missing substitution empty rather than printing $1', () => {
    expect(translate('en', 'inboxCount')).toBe(' items');
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

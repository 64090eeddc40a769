import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(DEFAULT_SETTINGS.toolbarOpens).toBe('popup');
  });
  it('keeps valid fields when another one is damaged', () => {
    const parsed = parseSettings({ language: 'fr', theme: 42, brandName: 'Acme' });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, language: 'fr', brandName: 'Acme' });
  });
  it('drops unknown fields', () => {
    expect(parseSettings({ language: 'en', hacked: true })).not.toHaveProperty('hacked');
  });
});

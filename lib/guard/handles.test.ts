import { describe, expect, it } from 'vitest';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { cleanHandle, displayHandle, findRegistered, normaliseHandle, sameHandle } from '@/lib/guard/handles';

const account = (network: RegisteredAccount['network'], handle: string): RegisteredAccount => ({
  id: handle,
  network,
  handle,
  displayName: '',
  role: 'brand',
  label: '',
  colour: '#0b63ce',
  brandKeywords: [],
  neverWords: [],
  alwaysConfirm: false,
});

describe('handle matching', () => {
  it('ignores case, spaces and the leading @', () => {
    expect(sameHandle('x', ' @Acme ', 'acme')).toBe(true);
    expect(sameHandle('instagram', '@@acme.france', 'ACME.France')).toBe(true);
    expect(sameHandle('x', 'acme', 'acme_fr')).toBe(false);
  });

  it('accepts profile addresses', () => {
    expect(normaliseHandle('x', 'https://x.com/Acme')).toBe('acme');
    expect(normaliseHandle('bluesky', 'bsky.app/profile/acme.bsky.social')).toBe('acme.bsky.social');
    expect(normaliseHandle('youtube', 'https://www.youtube.com/@MarieDupont')).toBe('mariedupont');
    expect(normaliseHandle('reddit', 'u/Marie_Dupont')).toBe('marie_dupont');
    expect(cleanHandle('linkedin', 'https://www.linkedin.com/in/Marie-Dupont-Acme/')).toBe('Marie-Dupont-Acme');
    expect(cleanHandle('x', ' @Acme ')).toBe('Acme');
  });

  it('compares Mastodon user@host, with the server optional on one side only', () => {
    expect(sameHandle('mastodon', '@acme@Mastodon.Social', 'acme@mastodon.social')).toBe(true);
    expect(sameHandle('mastodon', 'acme', 'acme@mastodon.social')).toBe(true);
    expect(sameHandle('mastodon', 'acme@mastodon.social', 'acme@piaille.fr')).toBe(false);
    expect(normaliseHandle('mastodon', 'https://piaille.fr/@acme')).toBe('acme@piaille.fr');
  });

  it('keeps YouTube channel ids case-sensitive but handles not', () => {
    expect(sameHandle('youtube', 'UCacmeBrandChannel000001', 'UCacmeBrandChannel000001')).toBe(true);
    expect(sameHandle('youtube', 'UCacmeBrandChannel000001', 'UCACMEBRANDCHANNEL000001')).toBe(false);
    expect(normaliseHandle('youtube', 'https://www.youtube.com/channel/UCacmeBrandChannel000001')).toBe(
      'UCacmeBrandChannel000001',
    );
    expect(sameHandle('youtube', '@MarieDupont', 'mariedupont')).toBe(true);
  });

  it('finds the registered account by handle, else by the id the page gave, on the same network only', () => {
    const accounts = [
      account('x', 'acme'),
      account('facebook', '100087654321012'),
      account('youtube', 'UCacmeBrandChannel000001'),
    ];
    expect(findRegistered(accounts, 'x', { handle: 'ACME' })?.network).toBe('x');
    expect(findRegistered(accounts, 'linkedin', { handle: 'acme' })).toBeUndefined();
    expect(findRegistered(accounts, 'youtube', { handle: 'acmebrand', id: 'UCacmeBrandChannel000001' })).toBeDefined();
  });

  it('shows handles with @ but ids without', () => {
    expect(displayHandle('acme')).toBe('@acme');
    expect(displayHandle('100087654321012')).toBe('100087654321012');
    expect(displayHandle('UCacmeBrandChannel000001')).toBe('UCacmeBrandChannel000001');
  });
});

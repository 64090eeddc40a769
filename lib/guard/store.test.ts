import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RULES } from '@/lib/guard/rules';
import { DEFAULT_GUARD_SETTINGS } from '@/lib/guard/settings';
import {
  forgetSeenAccount,
  readAccounts,
  readGuardSettings,
  readSeenAccounts,
  rememberSeenAccount,
  writeAccounts,
  writeGuardSettings,
} from '@/lib/guard/store';

describe('guard storage', () => {
  it('reads the registry back validated, dropping what is damaged', async () => {
    await fakeBrowser.storage.local.set({
      accounts: [
        { id: 'a', network: 'x', handle: 'acme', role: 'brand' },
        { id: 'b', role: 'boss' },
      ],
    });
    expect((await readAccounts()).map((account) => account.handle)).toEqual(['acme']);
    await writeAccounts([]);
    expect(await readAccounts()).toEqual([]);
  });

  it('moves the version-1 rule map into version 2 and keeps the badge on', async () => {
    await fakeBrowser.storage.local.set({ guardRules: { keywords: false }, guardRules$: { v: 1 } });
    // Items migrate when they are defined: load the module afresh over the old data.
    vi.resetModules();
    const fresh = await import('@/lib/guard/store');
    const settings = await fresh.readGuardSettings();
    expect(settings).toEqual({ ...DEFAULT_GUARD_SETTINGS, rules: { ...DEFAULT_RULES, keywords: false } });
  });

  it('saves switches and keeps defaults for anything missing', async () => {
    const undoSeconds = { brand: 10, personal: 0, client: 5 };
    await writeGuardSettings({ rules: { ...DEFAULT_RULES, unregistered: false }, showBadge: false, undoSeconds });
    expect(await readGuardSettings()).toEqual({
      rules: { ...DEFAULT_RULES, unregistered: false },
      showBadge: false,
      undoSeconds,
    });
  });

  it('remembers reported accounts once each, newest first, and forgets on request', async () => {
    await rememberSeenAccount({ network: 'x', handle: 'acme', displayName: 'Acme', lastSeen: 1 });
    await rememberSeenAccount({ network: 'x', handle: 'marie', displayName: '', lastSeen: 2 });
    await rememberSeenAccount({ network: 'x', handle: '@ACME', displayName: 'Acme', lastSeen: 3 });
    expect((await readSeenAccounts()).map((seen) => seen.handle)).toEqual(['@ACME', 'marie']);
    await forgetSeenAccount('x', 'acme');
    expect((await readSeenAccounts()).map((seen) => seen.handle)).toEqual(['marie']);
  });
});

import { describe, expect, it } from 'vitest';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { DEFAULT_GUARD_SETTINGS, parseGuardSettings, undoSecondsFor } from '@/lib/guard/settings';
import { MAX_UNDO_DRAFTS, parseUndoDrafts, type UndoDraft, withDraft } from '@/lib/guard/undo';

const brand = { id: 'b', network: 'x', handle: 'acme', role: 'brand' } as RegisteredAccount;
const personal = { ...brand, id: 'p', handle: 'me', role: 'personal' } as RegisteredAccount;
const draft = (id: string): UndoDraft => ({
  id,
  network: 'x',
  handle: 'acme',
  text: `text ${id}`,
  url: 'https://x.com/',
  at: 1,
});

describe('undo window', () => {
  it('is off by default for every role', () => {
    expect(undoSecondsFor(DEFAULT_GUARD_SETTINGS, brand)).toBe(0);
    expect(parseGuardSettings({}).undoSeconds).toEqual({ brand: 0, personal: 0, client: 0 });
  });

  it('applies per role, never to an unregistered account', () => {
    const settings = parseGuardSettings({ undoSeconds: { brand: 10 } });
    expect(undoSecondsFor(settings, brand)).toBe(10);
    expect(undoSecondsFor(settings, personal)).toBe(0);
    expect(undoSecondsFor(settings, undefined)).toBe(0);
  });

  it('reads damaged values as off and clamps long ones', () => {
    const settings = parseGuardSettings({ undoSeconds: { brand: 'ten', personal: -4, client: 600 } });
    expect(settings.undoSeconds).toEqual({ brand: 0, personal: 0, client: 60 });
  });

  it('keeps older guard settings (before the undo window) as they were', () => {
    const settings = parseGuardSettings({ rules: { keywords: false }, showBadge: false });
    expect(settings.rules.keywords).toBe(false);
    expect(settings.showBadge).toBe(false);
  });

  it('keeps drafts newest first, one per id, at most the limit, and drops damaged ones', () => {
    let drafts: UndoDraft[] = [];
    for (let i = 0; i < MAX_UNDO_DRAFTS + 5; i++) drafts = withDraft(drafts, draft(String(i)));
    expect(drafts).toHaveLength(MAX_UNDO_DRAFTS);
    expect(drafts[0]?.id).toBe(String(MAX_UNDO_DRAFTS + 4));
    expect(withDraft([draft('a'), draft('b')], { ...draft('b'), text: 'new' }).map((d) => d.text)).toEqual([
      'new',
      'text a',
    ]);
    expect(parseUndoDrafts([draft('a'), { id: 'broken' }, null])).toEqual([draft('a')]);
  });
});

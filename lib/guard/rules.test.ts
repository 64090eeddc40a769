import { describe, expect, it } from 'vitest';
import type { RegisteredAccount } from '@/lib/guard/accounts';
import { parseAccounts, splitWords } from '@/lib/guard/accounts';
import { DEFAULT_RULES, evaluateGuard, type GuardInput } from '@/lib/guard/rules';

const base: RegisteredAccount = {
  id: '1',
  network: 'x',
  handle: 'acme',
  displayName: 'Acme',
  role: 'brand',
  label: '',
  colour: '#0b63ce',
  brandKeywords: ['Acme', '#AcmeLaunch'],
  neverWords: ['damn'],
  alwaysConfirm: false,
};
const personal: RegisteredAccount = {
  ...base,
  id: '2',
  handle: 'marie',
  role: 'personal',
  brandKeywords: [],
  neverWords: [],
};
// Wednesday 2026-11-25 10:30 in Paris.
const NOW = Date.UTC(2026, 10, 25, 9, 30);

function input(patch: Partial<GuardInput>): GuardInput {
  return {
    network: 'x',
    active: { handle: 'acme' },
    accounts: [base, personal],
    text: 'Hello everyone',
    rules: DEFAULT_RULES,
    now: NOW,
    ...patch,
  };
}
const rulesOf = (patch: Partial<GuardInput>) => evaluateGuard(input(patch)).findings.map((finding) => finding.rule);

describe('rule 1: expected account', () => {
  it('fires when the calendar entry was meant for another account', () => {
    const { findings } = evaluateGuard(
      input({ expectedAccount: { network: 'x', handle: '@marie', source: 'calendar' } }),
    );
    expect(findings).toEqual([
      { rule: 'expected-account', severity: 'block', key: 'guardReasonExpectedCalendar', params: ['@marie', '@acme'] },
    ]);
  });
  it('stays quiet for the right account, another network, or when switched off', () => {
    expect(rulesOf({ expectedAccount: { network: 'x', handle: 'ACME', source: 'template' } })).toEqual([]);
    expect(rulesOf({ expectedAccount: { network: 'linkedin', handle: 'marie', source: 'template' } })).toEqual([]);
    expect(
      rulesOf({
        expectedAccount: { network: 'x', handle: 'marie', source: 'template' },
        rules: { ...DEFAULT_RULES, 'expected-account': false },
      }),
    ).toEqual([]);
  });
});

describe('rule 2: keywords', () => {
  it('fires for brand words from a personal account', () => {
    const { findings } = evaluateGuard(input({ active: { handle: 'marie' }, text: 'Launch day! #acmelaunch' }));
    expect(findings).toEqual([
      { rule: 'keywords', severity: 'block', key: 'guardReasonBrandWords', params: ['@marie', '#AcmeLaunch'] },
    ]);
  });
  it('matches whole words, ignoring case and accents', () => {
    expect(rulesOf({ active: { handle: 'marie' }, text: 'ACMÉ is great' })).toEqual(['keywords']);
    expect(rulesOf({ active: { handle: 'marie' }, text: 'acmeville is great' })).toEqual([]);
  });
  it("fires for the brand account's never-words", () => {
    const { findings } = evaluateGuard(input({ text: 'Damn traffic today' }));
    expect(findings[0]?.key).toBe('guardReasonNeverWords');
    expect(findings[0]?.params).toEqual(['@acme', 'damn']);
  });
  it('stays quiet when switched off', () => {
    expect(rulesOf({ text: 'damn', rules: { ...DEFAULT_RULES, keywords: false } })).toEqual([]);
  });
});

describe('rule 3: always confirm', () => {
  it('fires for a brand account marked always confirm, not for a personal one', () => {
    expect(rulesOf({ accounts: [{ ...base, alwaysConfirm: true }] })).toEqual(['always-confirm']);
    expect(rulesOf({ active: { handle: 'marie' }, accounts: [{ ...personal, alwaysConfirm: true }] })).toEqual([]);
    expect(
      rulesOf({ accounts: [{ ...base, alwaysConfirm: true }], rules: { ...DEFAULT_RULES, 'always-confirm': false } }),
    ).toEqual([]);
  });
});

describe('rule 4: unregistered', () => {
  it('fires for an account not in the registry', () => {
    const { findings } = evaluateGuard(input({ active: { handle: 'someone' } }));
    expect(findings).toEqual([
      { rule: 'unregistered', severity: 'block', key: 'guardReasonUnregistered', params: ['@someone'] },
    ]);
    expect(rulesOf({ active: { handle: 'someone' }, rules: { ...DEFAULT_RULES, unregistered: false } })).toEqual([]);
  });
});

describe('rule 5: outside hours (soft)', () => {
  const hours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Europe/Paris' };
  it('is soft and fires outside the window, in the window’s zone', () => {
    const late = Date.UTC(2026, 10, 25, 20, 0); // 21:00 Paris
    const { findings } = evaluateGuard(input({ accounts: [{ ...base, hours }], now: late }));
    expect(findings).toEqual([
      { rule: 'outside-hours', severity: 'soft', key: 'guardReasonOutsideHours', params: ['@acme', '09:00', '18:00'] },
    ]);
    expect(rulesOf({ accounts: [{ ...base, hours }] })).toEqual([]);
    const saturday = Date.UTC(2026, 10, 28, 9, 30);
    expect(rulesOf({ accounts: [{ ...base, hours }], now: saturday })).toEqual(['outside-hours']);
  });
  it('handles windows past midnight', () => {
    const night = { ...hours, start: '22:00', end: '02:00' };
    expect(rulesOf({ accounts: [{ ...base, hours: night }], now: Date.UTC(2026, 10, 25, 23, 30) })).toEqual([]);
    expect(rulesOf({ accounts: [{ ...base, hours: night }], now: NOW })).toEqual(['outside-hours']);
  });
});

describe('a guard not set up yet', () => {
  it('stays quiet with an empty registry unless a calendar entry expects an account', () => {
    expect(rulesOf({ accounts: [], active: { handle: 'someone' } })).toEqual([]);
    expect(rulesOf({ accounts: [], active: null })).toEqual([]);
    expect(
      rulesOf({
        accounts: [],
        active: { handle: 'someone' },
        expectedAccount: { network: 'x', handle: 'acme', source: 'calendar' },
      }),
    ).toEqual(['expected-account']);
  });
});

describe('the guard cannot read the account', () => {
  it('says the check could not run', () => {
    const { findings } = evaluateGuard(input({ active: null, lookupError: 'x: account switcher button not found' }));
    expect(findings).toEqual([
      {
        rule: 'check-failed',
        severity: 'block',
        key: 'guardReasonNoAccount',
        params: ['x: account switcher button not found'],
      },
    ]);
  });
});

describe('the registry as stored', () => {
  it('drops invalid entries and fills defaults', () => {
    const parsed = parseAccounts([
      { id: 'a', network: 'x', handle: 'acme', role: 'brand' },
      { id: 'b', network: 'myspace' },
      3,
    ]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ brandKeywords: [], neverWords: [], alwaysConfirm: false, colour: '#0b63ce' });
    expect(parseAccounts('nope')).toEqual([]);
  });
  it('splits keyword fields', () => {
    expect(splitWords('acme, #AcmeLaunch\n kettle,,ACME')).toEqual(['acme', '#AcmeLaunch', 'kettle']);
  });
});

describe('the direct-message rule', () => {
  const dm = { channel: 'direct-message' as const };
  it("keeps the identity checks: expected account, a brand account's never-words, unregistered, unknown account", () => {
    expect(rulesOf({ ...dm, expectedAccount: { network: 'x', handle: 'other', source: 'template' } })).toEqual([
      'expected-account',
    ]);
    expect(rulesOf({ ...dm, text: 'damn it' })).toEqual(['keywords']);
    expect(rulesOf({ ...dm, active: { handle: 'stranger' } })).toEqual(['unregistered']);
    expect(rulesOf({ ...dm, active: null, lookupError: 'no account' })).toEqual(['check-failed']);
  });

  it('drops the public-posting rules: confirm every post, hours, brand words from a personal account', () => {
    const always = {
      ...base,
      alwaysConfirm: true,
      hours: { days: [1, 2, 3, 4, 5], start: '11:00', end: '12:00', timeZone: 'Europe/Paris' },
    };
    expect(rulesOf({ accounts: [always, personal] })).toEqual(['always-confirm', 'outside-hours']);
    expect(rulesOf({ ...dm, accounts: [always, personal] })).toEqual([]);
    expect(rulesOf({ active: { handle: 'marie' }, text: 'Acme rocks' })).toEqual(['keywords']);
    expect(rulesOf({ ...dm, active: { handle: 'marie' }, text: 'Acme rocks' })).toEqual([]);
  });
});

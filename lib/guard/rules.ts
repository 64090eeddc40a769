/**
 * The guard's rules: given the active account, the registry and the text about to be sent, what
 * should make the user look twice. Pure: no page, no storage, no clock but the one passed in.
 */

import type { RegisteredAccount } from '@/lib/guard/accounts';
import { displayHandle, findRegistered, type ReportedAccount, sameHandle } from '@/lib/guard/handles';
import { withinHours } from '@/lib/guard/hours';
import { findWords } from '@/lib/guard/keywords';
import type { Network } from '@/lib/networks';

export const RULE_IDS = ['expected-account', 'keywords', 'always-confirm', 'unregistered', 'outside-hours'] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type RuleSwitches = Record<RuleId, boolean>;

export const DEFAULT_RULES: RuleSwitches = {
  'expected-account': true,
  keywords: true,
  'always-confirm': true,
  unregistered: true,
  'outside-hours': true,
};

/** `block` holds the submission; `soft` holds it too but reads as a reminder. */
export type Severity = 'block' | 'soft';

/** Why the guard speaks: a message key for i18n and its parameters, in the message's order. */
export interface GuardFinding {
  rule: RuleId | 'check-failed';
  severity: Severity;
  key: string;
  params: string[];
}

/** The account a calendar entry or template was written for (handed over by that feature). */
export interface ExpectedAccount {
  network: Network;
  handle: string;
  /** Where the expectation comes from, for the message. */
  source: 'calendar' | 'template';
}

export interface GuardInput {
  network: Network;
  /** Null when the page could not tell (then `lookupError` says why). */
  active: ReportedAccount | null;
  lookupError?: string;
  accounts: readonly RegisteredAccount[];
  text: string;
  rules: RuleSwitches;
  expectedAccount?: ExpectedAccount;
  now: number;
  /**
   * Where the text goes. A direct message (Messenger, DMs) is private: the guard's DM rule keeps
   * what protects the identity (the expected account, a brand account's never-words, an
   * unregistered account, an unknown account) and drops what is about publishing in public
   * (confirm every post, publishing hours, brand words from a personal account in a private
   * conversation). Public when absent.
   */
  channel?: 'public' | 'direct-message';
}

export interface GuardResult {
  findings: GuardFinding[];
  /** The registered account the active one is, when it is registered. */
  registered?: RegisteredAccount;
}

/** Evaluates every switched-on rule; an empty list means the post may go. */
export function evaluateGuard(input: GuardInput): GuardResult {
  const { network, active, accounts, rules, text } = input;
  // An empty registry means the guard is not set up yet: only a calendar or template expectation speaks.
  if (accounts.length === 0 && !input.expectedAccount) return { findings: [] };
  if (!active) {
    return {
      findings: [
        { rule: 'check-failed', severity: 'block', key: 'guardReasonNoAccount', params: [input.lookupError ?? ''] },
      ],
    };
  }
  const registered = findRegistered(accounts, network, active);
  const inPublic = input.channel !== 'direct-message';
  const shown = displayHandle(active.handle);
  const findings: GuardFinding[] = [];
  const expected = input.expectedAccount;
  if (rules['expected-account'] && expected && expected.network === network) {
    const same =
      sameHandle(network, expected.handle, active.handle) ||
      (active.id ? sameHandle(network, expected.handle, active.id) : false);
    if (!same) {
      findings.push({
        rule: 'expected-account',
        severity: 'block',
        key: expected.source === 'calendar' ? 'guardReasonExpectedCalendar' : 'guardReasonExpectedTemplate',
        params: [displayHandle(expected.handle), shown],
      });
    }
  }
  if (rules.keywords && inPublic && registered?.role === 'personal') {
    const brandWords = accounts
      .filter((account) => account.role !== 'personal')
      .flatMap((account) => account.brandKeywords);
    const hits = findWords(text, brandWords);
    if (hits.length)
      findings.push({
        rule: 'keywords',
        severity: 'block',
        key: 'guardReasonBrandWords',
        params: [shown, hits.join(', ')],
      });
  }
  if (rules.keywords && registered && registered.role !== 'personal') {
    const hits = findWords(text, registered.neverWords);
    if (hits.length)
      findings.push({
        rule: 'keywords',
        severity: 'block',
        key: 'guardReasonNeverWords',
        params: [shown, hits.join(', ')],
      });
  }
  if (rules['always-confirm'] && inPublic && registered && registered.role !== 'personal' && registered.alwaysConfirm) {
    findings.push({ rule: 'always-confirm', severity: 'block', key: 'guardReasonAlwaysConfirm', params: [shown] });
  }
  if (rules.unregistered && !registered && accounts.length > 0) {
    findings.push({ rule: 'unregistered', severity: 'block', key: 'guardReasonUnregistered', params: [shown] });
  }
  if (rules['outside-hours'] && inPublic && registered && registered.role !== 'personal' && registered.hours) {
    if (!withinHours(registered.hours, input.now)) {
      const { start, end } = registered.hours;
      findings.push({
        rule: 'outside-hours',
        severity: 'soft',
        key: 'guardReasonOutsideHours',
        params: [shown, start, end],
      });
    }
  }
  return { findings, registered };
}

/** The finding to show when the guard itself failed: the user is told and chooses. */
export function checkFailed(detail: string): GuardFinding {
  return { rule: 'check-failed', severity: 'block', key: 'guardReasonCheckFailed', params: [detail] };
}

/** YouTube's page global the account guard reads in the main world (see lib/dom/bridge). */
import { isObject, type Json, pick } from '@/lib/sites/shared/page-values';

/** YouTube: who is signed in and which channel acts (DELEGATED_SESSION_ID changes with a brand channel). */
const YTCFG_FIELDS = [
  'LOGGED_IN',
  'DELEGATED_SESSION_ID',
  'SESSION_INDEX',
  'DATASYNC_ID',
  'CHANNEL_ID',
  'CHANNEL_HANDLE',
  'HL',
] as const;

export function readYtcfgGlobal(win: Window): Json | null {
  const ytcfg = (win as unknown as Json).ytcfg;
  if (!isObject(ytcfg)) return null;
  const get = ytcfg.get;
  const data = ytcfg.data_;
  if (typeof get === 'function') return pick(ytcfg, YTCFG_FIELDS, (key) => get.call(ytcfg, key));
  return pick(data, YTCFG_FIELDS);
}

/**
 * Reads named page globals in the main world for the account guard, reduced to a few JSON-safe
 * identity fields. Never tokens or cookies: ytcfg and the X store hold API keys and CSRF
 * tokens, so only the listed fields leave this file, and only as short primitives.
 */
import type { PageState } from '../../sites/types';
import type { PageStateKey } from './protocol';

type Json = Record<string, unknown>;
type Primitive = string | number | boolean;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

function primitive(value: unknown): Primitive | undefined {
  if (typeof value === 'string') return value.slice(0, 300);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** Copies the named fields that hold primitives; null when none do. */
function pick(source: unknown, fields: readonly string[], read = (key: string) => (source as Json)[key]) {
  if (!isObject(source)) return null;
  const out: Record<string, Primitive> = {};
  for (const field of fields) {
    const value = primitive(read(field));
    if (value !== undefined) out[field] = value;
  }
  return Object.keys(out).length ? out : null;
}

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

function readYtcfg(win: Window): Json | null {
  const ytcfg = (win as unknown as Json).ytcfg;
  if (!isObject(ytcfg)) return null;
  const get = ytcfg.get;
  const data = ytcfg.data_;
  if (typeof get === 'function') return pick(ytcfg, YTCFG_FIELDS, (key) => get.call(ytcfg, key));
  return pick(data, YTCFG_FIELDS);
}

/** Facebook: `require("CurrentUserInitialData")`; USER_ID is the acting profile, ACCOUNT_ID the person. */
function readFacebookUser(win: Window): Json | null {
  const require = (win as unknown as Json).require;
  if (typeof require !== 'function') return null;
  try {
    return pick(require('CurrentUserInitialData'), ['USER_ID', 'ACCOUNT_ID', 'NAME', 'SHORT_NAME']);
  } catch {
    // Facebook's require throws for modules that are not defined (yet).
    return null;
  }
}

function reactPropsOf(node: Element | null | undefined): unknown {
  if (!node) return null;
  const key = Object.keys(node).find((name) => name.startsWith('__reactProps$'));
  return key ? (node as unknown as Json)[key] : null;
}

/** The Redux store in X's top-level React props (the path control-panel-for-twitter uses). */
function findStore(props: unknown): { getState(): unknown } | null {
  let node: unknown = props;
  for (let depth = 0; depth < 8 && isObject(node); depth += 1) {
    const store = node.store;
    if (isObject(store) && typeof store.getState === 'function') return store as { getState(): unknown };
    const children = node.children;
    node = isObject(children) ? children.props : null;
  }
  return null;
}

/** X: the signed-in user's entity from the Redux store (`session.user_id` → `entities.users`). */
function readXSession(doc: Document): Json | null {
  const store = findStore(reactPropsOf(doc.querySelector('#react-root')?.firstElementChild));
  const state = store?.getState();
  if (!isObject(state) || !isObject(state.session)) return null;
  const userId = primitive(state.session.user_id);
  const users = isObject(state.entities) && isObject(state.entities.users) ? state.entities.users.entities : null;
  const user = isObject(users) && userId !== undefined ? users[String(userId)] : null;
  const fields = pick(user, ['screen_name', 'name', 'profile_image_url_https', 'id_str']);
  return userId === undefined ? fields : { user_id: String(userId), ...fields };
}

const READERS: Record<PageStateKey, (win: Window, doc: Document) => Json | null> = {
  ytcfg: readYtcfg,
  CurrentUserInitialData: readFacebookUser,
  xReduxSession: (_win, doc) => readXSession(doc),
};

/** Reads each requested key (null when absent, unknown or unreadable); never throws. */
export function readPageState(keys: readonly string[], win: Window = window, doc: Document = win.document): PageState {
  const state: PageState = {};
  for (const key of keys) {
    const reader = Object.hasOwn(READERS, key) ? READERS[key as PageStateKey] : null;
    try {
      state[key] = reader ? reader(win, doc) : null;
    } catch {
      state[key] = null;
    }
  }
  return state;
}

/** X's page state the account guard reads in the main world (see lib/dom/bridge). */
import { isObject, type Json, pick, primitive } from '@/lib/sites/shared/page-values';

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
export function readXSession(_win: Window, doc: Document): Json | null {
  const store = findStore(reactPropsOf(doc.querySelector('#react-root')?.firstElementChild));
  const state = store?.getState();
  if (!isObject(state) || !isObject(state.session)) return null;
  const userId = primitive(state.session.user_id);
  const users = isObject(state.entities) && isObject(state.entities.users) ? state.entities.users.entities : null;
  const user = isObject(users) && userId !== undefined ? users[String(userId)] : null;
  const fields = pick(user, ['screen_name', 'name', 'profile_image_url_https', 'id_str']);
  return userId === undefined ? fields : { user_id: String(userId), ...fields };
}

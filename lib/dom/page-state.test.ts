// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readPageState } from '@/lib/dom/page-state';

const globals = window as unknown as Record<string, unknown>;

afterEach(() => {
  for (const key of ['ytcfg', 'require']) Reflect.deleteProperty(globals, key);
  document.body.replaceChildren();
});

describe('readPageState', () => {
  it('ytcfg: identity fields through ytcfg.get, never keys or tokens', () => {
    const data: Record<string, unknown> = {
      LOGGED_IN: true,
      DELEGATED_SESSION_ID: '42',
      INNERTUBE_API_KEY: 'secret',
      ID_TOKEN: 'secret',
      CHANNEL_HANDLE: { nested: 'object' },
    };
    globals.ytcfg = { data_: data, get: (key: string) => data[key] };
    expect(readPageState(['ytcfg'])).toEqual({ ytcfg: { LOGGED_IN: true, DELEGATED_SESSION_ID: '42' } });
  });

  it('ytcfg: falls back to data_ when get is missing', () => {
    globals.ytcfg = { data_: { LOGGED_IN: false, SESSION_INDEX: 0 } };
    expect(readPageState(['ytcfg'])).toEqual({ ytcfg: { LOGGED_IN: false, SESSION_INDEX: 0 } });
  });

  it("CurrentUserInitialData: four fields from Facebook's require; null when require throws", () => {
    globals.require = (name: string) => ({
      USER_ID: '1',
      ACCOUNT_ID: '2',
      NAME: `Marie (${name})`,
      SHORT_NAME: 'Marie',
      X: 'no',
    });
    expect(readPageState(['CurrentUserInitialData'])).toEqual({
      CurrentUserInitialData: {
        USER_ID: '1',
        ACCOUNT_ID: '2',
        NAME: 'Marie (CurrentUserInitialData)',
        SHORT_NAME: 'Marie',
      },
    });
    globals.require = () => {
      throw new Error('Requiring unknown module');
    };
    expect(readPageState(['CurrentUserInitialData'])).toEqual({ CurrentUserInitialData: null });
  });

  it("xReduxSession: the session user's entity from the store in #react-root's props", () => {
    const root = document.createElement('div');
    root.id = 'react-root';
    const top = document.createElement('div');
    const state = {
      session: { user_id: '7' },
      entities: { users: { entities: { 7: { screen_name: 'acme', name: 'Acme', id_str: '7', email: 'x@y.z' } } } },
    };
    Object.assign(top, {
      __reactProps$q: { children: { props: { children: { props: { store: { getState: () => state } } } } } },
    });
    root.append(top);
    document.body.append(root);
    expect(readPageState(['xReduxSession'])).toEqual({
      xReduxSession: { user_id: '7', screen_name: 'acme', name: 'Acme', id_str: '7' },
    });
  });

  it('answers null for absent globals and unknown keys', () => {
    expect(readPageState(['ytcfg', 'CurrentUserInitialData', 'xReduxSession', 'constructor'])).toEqual({
      ytcfg: null,
      CurrentUserInitialData: null,
      xReduxSession: null,
      constructor: null,
    });
  });
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Test builds only: hosts granted at install, standing in for the browser's permission dialog,
 * which automation cannot click (Mastodon servers are granted at run time). Written to its own
 * folder so it can never be mistaken for the real build.
 */
const testGrantedHosts = (process.env.CMC_TEST_GRANTED_HOSTS ?? '').split(',').filter(Boolean);
/** Test builds only: the clock's offset to the moment the suite chose (scripts/build-test.mjs). */
const clockOffsetMs = testGrantedHosts.length > 0 ? Number(process.env.CMC_CLOCK_OFFSET_MS ?? 0) : 0;

/**
 * core-js 2 (under twitter-text) finds the global object with `Function('return this')()` when
 * `window.Math !== Math`, which is the case in Firefox's content-script sandbox, where the
 * extension's CSP then blocks it and the whole picker bundle fails to start. Every context the
 * extension runs in has `globalThis`.
 */
const coreJsGlobal = {
  name: 'cm-companion:core-js-global',
  enforce: 'pre' as const,
  transform(_code: string, id: string) {
    if (!/core-js[\\/](library[\\/])?modules[\\/]_global\.js$/.test(id)) return null;
    return { code: 'module.exports = globalThis;\n', map: null };
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // CMC_OUT_DIR lets several builds coexist (parallel work on one machine).
  outDir: process.env.CMC_OUT_DIR ?? (testGrantedHosts.length > 0 ? '.output-test' : '.output'),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), coreJsGlobal],
    define: {
      ...(clockOffsetMs ? { __CMC_CLOCK_OFFSET_MS__: JSON.stringify(clockOffsetMs) } : {}),
      // Test builds only: the content scripts count their live listeners (lib/content/test-hooks.ts).
      // The store build says false outright, so the minifier drops the hooks' code.
      __CMC_TEST_HOOKS__: testGrantedHosts.length > 0 ? 'true' : 'false',
    },
  }),
  hooks: {
    /**
     * Host permissions for every network on fixed hosts: the matches of the content scripts,
     * which come from each network's descriptor (lib/sites/<network>/network.ts). Read from the
     * built manifest so this config loads no project code (Node could not resolve its `@/` imports).
     */
    'build:manifestGenerated': (_wxt, manifest) => {
      const networkHosts = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
      manifest.host_permissions = [...new Set([...networkHosts, ...(manifest.host_permissions ?? [])])];
    },
  },
  manifestVersion: 3,
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The networks' own hosts are added once the content scripts are known (hooks below).
    // Test builds also reach the suite's CouchDB-protocol server on 127.0.0.1 (team sync).
    host_permissions: [
      ...testGrantedHosts.map((host) => `https://${host}/*`),
      ...(testGrantedHosts.length > 0 ? ['http://127.0.0.1/*'] : []),
    ],
    // Mastodon runs on any server: the user grants each instance at runtime. The team's CouchDB
    // server too, when connecting (HTTPS, or plain HTTP on this computer only).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenSidePanel__',
      },
      'capture-post': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandCapture__',
      },
      'open-template-picker': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandTemplatePicker__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cm-companion@cm-companion.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

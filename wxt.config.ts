import { resolve } from 'node:path';
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

/**
 * Replaces exact source text in one dependency file; the build fails when the text is not there
 * (an upgrade changed it), and the addons-linter step fails on the warning that would come back
 * if the file itself moved: the replacement can never silently stop applying.
 */
function replaceInDependency(name: string, file: RegExp, replacements: [string | RegExp, string][]) {
  return {
    name: `cm-companion:${name}`,
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!file.test(id)) return null;
      let next = code;
      for (const [from, to] of replacements) {
        const replaced = next.replace(from, to);
        if (replaced === next) throw new Error(`${name}: ${String(from)} not found in ${id}; check the replacement`);
        next = replaced;
      }
      return { code: next, map: null };
    },
  };
}

/**
 * zod compiles object parsers with `new Function` when its `allowsEval` probe says it may; the
 * extension's CSP forbids eval in every context, so there the probe always answers false and the
 * compiler is never reached. Both are replaced by what they do under that CSP, which takes the
 * `Function` constructor out of the bundles (addons-linter's DANGEROUS_EVAL).
 */
const zodProbeWithoutEval = replaceInDependency('zod-probe-without-eval', /zod[\\/]v4[\\/]core[\\/]util\.js$/, [
  [/const F = Function;\s*new F\(""\);\s*return true;/, 'return false;'],
]);
const zodCompilerWithoutEval = replaceInDependency('zod-compiler-without-eval', /zod[\\/]v4[\\/]core[\\/]doc\.js$/, [
  [
    /compile\(\) \{\s*const F = Function;/,
    'compile() {\n        throw new Error("zod: no code generation under the extension\'s CSP");',
  ],
]);
/**
 * Preact writes `innerHTML` only for `dangerouslySetInnerHTML`, which no code of ours uses (the
 * conventions test refuses it in the source): that assignment becomes a thrown error, which
 * takes the only `innerHTML` write out of the bundles (addons-linter's UNSAFE_VAR_ASSIGNMENT).
 */
const preactWithoutInnerHtml = replaceInDependency('preact-without-inner-html', /preact[\\/]dist[\\/]preact\.mjs$/, [
  [
    /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in CM Companion")})()',
  ],
]);

/**
 * Content scripts use the browser's own extension API instead of webextension-polyfill
 * (lib/content/native-browser.ts says why it is enough): 2.7 kB gzip less on every page. Only
 * builds made of content scripts alone get it, and the unlisted scripts the background injects
 * into a page (the picker's bundles, the guard's UI, the page tools: the content scripts' world
 * and calls; the main-world ones call no extension API): evaluating the polyfill is part of the
 * task that loads them at a box's focus. Pages and the background keep the polyfill.
 */
const nativeBrowserInContentScripts = {
  name: 'cm-companion:native-browser-in-content-scripts',
  enforce: 'pre' as const,
  resolveId(source: string) {
    return source === '@wxt-dev/webextension-polyfill/browser'
      ? resolve(import.meta.dirname, 'lib/content/native-browser.ts')
      : null;
  },
};

/**
 * PouchDB can compile design-document functions given as strings (`scopeEval`: `Function.apply`).
 * Team sync never passes one, and an extension runs no code from data: the compiler is replaced
 * by a refusal, so the background holds no Function constructor (addons-linter: 0 warnings).
 */
const pouchNoEval = replaceInDependency('pouchdb-no-eval', /pouchdb-browser[\\/]lib[\\/]index\.es\.js$/, [
  [
    'return Function.apply(null, keys).apply(null, values);',
    "throw new Error('PouchDB: functions given as text are not run in CM Companion');",
  ],
]);

// See https://wxt.dev/api/config.html
export default defineConfig({
  // CMC_OUT_DIR lets several builds coexist (parallel work on one machine).
  outDir: process.env.CMC_OUT_DIR ?? (testGrantedHosts.length > 0 ? '.output-test' : '.output'),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), coreJsGlobal, zodProbeWithoutEval, zodCompilerWithoutEval, preactWithoutInnerHtml, pouchNoEval],
    // Profiling only (where a content script's bytes or time go): CMC_SOURCEMAP=1, CMC_NO_MINIFY=1.
    build: {
      sourcemap: process.env.CMC_SOURCEMAP === '1',
      minify: process.env.CMC_NO_MINIFY !== '1',
      // One non-Latin-1 character (a ★) makes V8 hold a whole script's source as two bytes per
      // character: escaped, each content script's source costs the page half the memory.
      rollupOptions: { output: { charset: 'ascii' } },
    },
    define: {
      ...(clockOffsetMs ? { __CMC_CLOCK_OFFSET_MS__: JSON.stringify(clockOffsetMs) } : {}),
      // Test builds only: the content scripts count their live listeners (lib/content/test-hooks.ts).
      // The store build says false outright, so the minifier drops the hooks' code.
      __CMC_TEST_HOOKS__: testGrantedHosts.length > 0 ? 'true' : 'false',
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const inPage = (type: string) => type === 'content-script' || type === 'unlisted-script';
      if (!entrypoints.every((entrypoint) => inPage(entrypoint.type))) return;
      viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserInContentScripts];
    },
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

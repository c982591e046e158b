import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ATS_HOST_PERMISSIONS } from './utils/ats/matches';
import { DEFAULT_API_ORIGIN } from './utils/api/constants';

// Drawn by scripts/make-icons.mjs.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Asked for at runtime, one origin at a time: a customer's own Xobin host, a recruiter rule's ATS host.
const OPTIONAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let the demo, the end-to-end suite and the benchmark build side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses. WXT's auto-imports would also offer what components/ and
  // utils/ export to each other, test fixtures included: a name one of them happens to share gets
  // an import nobody wrote (one pulled @testing-library into the content script, 7.6 -> 61 KB).
  imports: false,
  // WXT_NO_MINIFY=1: readable function names in a profile (scripts/profile/*.mjs with --ext).
  vite: () => ({ plugins: [preact(), nativeBrowserInScriptsAndWorker()], ...(process.env.WXT_NO_MINIFY ? { build: { minify: false } } : {}) }),
  // The sources zip AMO reviewers rebuild from (docs/store.md): everything `npm ci && npm run zip:firefox`
  // needs, none of the local build, test or benchmark output. WXT already leaves out dotfiles
  // (.output, .e2e, .bench, .demo, .wxt), node_modules and *.test.* files.
  zip: { excludeSources: ['bench-results/**', 'coverage/**', 'stats.html', '**/*.log', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` holds settings and the report cache; `scripting` injects the detector into ATS tabs
    // open before install and registers it on hosts of the recruiter's own rules; `contextMenus`
    // offers "Find AI Interview report for “…”" on selected text; `alarms` and `notifications` check
    // watched pending reports and say when one is completed.
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    // The API origin and the shipped ATS candidate-app hosts, narrowed to where profiles live
    // (utils/ats/matches.ts); anything else (a customer's own Xobin host, a recruiter rule's host) is
    // requested at runtime and given back when the setting that needed it goes.
    host_permissions: [`${DEFAULT_API_ORIGIN}/*`, ...ATS_HOST_PERMISSIONS],
    optional_host_permissions: OPTIONAL_HOSTS,
    // Firefox MV2 has no optional_host_permissions: the same origins are optional permissions there.
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_HOSTS } : {}),
    icons: ICONS,
    // Fleet policy (docs/deploy.md): Chrome and Edge hand storage.managed only to an extension that
    // declares its schema. Firefox reads policies.json without one and does not know the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // 116: chrome.sidePanel.open(); storage.setAccessLevel (102) is older, so it is always there.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // Toggles the report panel. Firefox's sidebar has its own built-in command for the same job.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_commandToggle__' } }
        : { 'toggle-panel': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_commandToggle__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ats-companion@xobin.example',
              // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android); 142 covers
              // both (the current ESR is newer), so web-ext lint has nothing to warn about.
              strict_min_version: '142.0',
              // Ids read from ATS pages are sent to the Xobin API to find the report; nothing goes to us.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});

/**
 * Content scripts and the worker get the browser's native namespace instead of the polyfill (see the
 * shim's comment): both run where size counts (every ATS page; a worker that starts on every event).
 */
function nativeBrowserInScriptsAndWorker(): Plugin {
  const shim = resolve(import.meta.dirname, 'utils/content/native-browser.ts');
  let nativeBuild = false;
  return {
    name: 'native-browser-in-scripts-and-worker',
    enforce: 'pre',
    options(options) {
      nativeBuild = /\.content\.tsx?|background\.ts/.test(JSON.stringify(options.input ?? ''));
    },
    resolveId(id, importer) {
      if (!nativeBuild || importer === shim) return null;
      return id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? shim : null;
    },
  };
}

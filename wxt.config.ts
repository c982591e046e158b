import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ATS_MATCHES } from './utils/ats/matches';
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
  vite: () => ({ plugins: [preact(), nativeBrowserInContentScripts()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` holds settings and the report cache; `scripting` injects the detector into ATS tabs
    // open before install and registers it on hosts of the recruiter's own rules; `contextMenus`
    // offers "Find AI Interview report for “…”" on selected text.
    permissions: ['storage', 'scripting', 'contextMenus'],
    // Only the API origin. ATS hosts are reached through content_scripts.matches, which grant
    // injection only; anything else (a customer's own Xobin host) is requested at runtime.
    host_permissions: [`${DEFAULT_API_ORIGIN}/*`, ...ATS_MATCHES],
    optional_host_permissions: OPTIONAL_HOSTS,
    // Firefox MV2 has no optional_host_permissions: the same origins are optional permissions there.
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_HOSTS } : {}),
    icons: ICONS,
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
              strict_min_version: '128.0',
              // Ids read from ATS pages are sent to the Xobin API to find the report; nothing goes to us.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});

/** Content scripts get the browser's native namespace instead of the polyfill (see the shim's comment). */
function nativeBrowserInContentScripts(): Plugin {
  const shim = resolve(import.meta.dirname, 'utils/content/native-browser.ts');
  let contentScriptBuild = false;
  return {
    name: 'native-browser-in-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScriptBuild = /\.content\.tsx?/.test(JSON.stringify(options.input ?? ''));
    },
    resolveId(id, importer) {
      if (!contentScriptBuild || importer === shim) return null;
      return id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? shim : null;
    },
  };
}

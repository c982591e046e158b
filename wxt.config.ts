import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ATS_MATCHES } from './utils/ats/matches';
import { DEFAULT_API_ORIGIN } from './utils/api/constants';

// Drawn by scripts/make-icons.mjs.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// https://wxt.dev/api/config.html
export default defineConfig({
  // Separate output folders let the demo, the end-to-end suite and the benchmark build side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `storage` holds settings and the report cache; `scripting` injects the detector into ATS tabs
    // open before install and registers it on hosts of the recruiter's own rules; `contextMenus`
    // offers "Find AI Interview report for '…'" on selected text.
    permissions: ['storage', 'scripting', 'contextMenus'],
    // Only the API origin. ATS hosts are reached through content_scripts.matches, which grant
    // injection only; anything else (a customer's own Xobin host) is requested at runtime.
    host_permissions: [`${DEFAULT_API_ORIGIN}/*`, ...ATS_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'ats-companion@xobin.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});

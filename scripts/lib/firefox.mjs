import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { waitFor } from './browser.mjs';
import { startConnectProxy } from './connect-proxy.mjs';
import { connectRdp } from './firefox-rdp.mjs';

// Real Firefox with the built firefox-mv2 extension, driven two ways (toolchain.md):
// puppeteer-core over WebDriver BiDi for web pages and clicks, and Firefox's own remote debugging
// protocol for extension documents (background page, sidebar) and content-script sandboxes, which
// BiDi cannot reach. Real host names reach the mock through a CONNECT proxy.

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
// A fixed moz-extension:// host, so URLs of extension pages are known before the browser starts.
export const EXTENSION_UUID = '5f0e6a3c-2b1d-4c8e-9a7f-3d2c1b0a9e8f';

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr. Throws with the fix. */
export function firefoxPath() {
  const path = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Fix: \`apt-get update && apt-get install -y firefox-esr\`, or set FIREFOX_PATH.`);
  }
  return path;
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * @param {{ extensionDir: string, mockPort: number, hosts: Iterable<string>, timeoutMs?: number }} options
 * `hosts`: the names tunnelled to the mock (ATS fixture hosts, app.xobin.com); everything else is refused.
 */
export async function launchFirefoxWithExtension({ extensionDir, mockPort, hosts, timeoutMs = 30_000 }) {
  const dir = resolve(extensionDir);
  const geckoId = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const proxy = await startConnectProxy({ targetPort: mockPort, hosts });
  const debuggerPort = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'xobin-e2e-firefox-'));
  let browser;
  let rdp;
  const cleanup = async () => {
    rdp?.close();
    if (browser) {
      const process_ = browser.process();
      // puppeteer's close can hang on a wedged Firefox: give it a few seconds, then SIGKILL.
      await Promise.race([browser.close().catch(() => undefined), new Promise((done) => setTimeout(done, 5000))]);
      if (process_ && process_.exitCode === null) process_.kill('SIGKILL');
    }
    await proxy.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      acceptInsecureCerts: true, // the mock's self-signed certificate
      userDataDir: profile,
      timeout: timeoutMs,
      args: ['--start-debugger-server', String(debuggerPort)],
      extraPrefsFirefox: {
        'devtools.debugger.remote-enabled': true,
        'devtools.chrome.enabled': true,
        'devtools.debugger.prompt-connection': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disablePrefetch': true,
      },
    });
    const version = await browser.version();
    await browser.installExtension(dir);
    rdp = await connectRdp(debuggerPort, { timeoutMs });
    const extension = await watchExtension(rdp, geckoId, timeoutMs);
    const inContentScript = contentScripts(rdp);
    const origin = `moz-extension://${EXTENSION_UUID}/`;
    const background = () => extension.consoleOf(`${origin}_generated_background_page.html`);
    let parentConsole;
    const launched = {
      browser,
      rdp,
      version,
      geckoId,
      origin,
      proxy,
      /** Evaluates an expression (awaited, JSON-serialised) in the extension's background page. */
      async evaluateBackground(text, options) {
        return rdp.evaluate(await background(), text, options);
      },
      /** Evaluates in the real sidebar document (waits for it to be open). */
      async evaluateSidebar(text, options) {
        return rdp.evaluate(await extension.consoleOf(`${origin}sidepanel.html`, options?.timeout ?? 10_000), text, options);
      },
      /**
       * Evaluates in an extension page open in a tab (BiDi refuses moz-extension:// navigation: open
       * it with browser.tabs.create from the background page). `path` is relative to the origin.
       */
      async evaluateExtensionPage(path, text, options) {
        return rdp.evaluate(await extension.consoleOf(`${origin}${path}`, options?.timeout ?? 10_000), text, options);
      },
      /**
       * Evaluates in Firefox's parent process, with chrome privileges (Services, the browser window,
       * the clipboard): what a test needs to act as the user on browser UI such as the sidebar.
       */
      async evaluateParent(text, options) {
        parentConsole ??= rdp
          .request('root', 'getProcess', { id: 0 })
          .then(({ processDescriptor }) => rdp.request(processDescriptor.actor, 'getTarget'))
          .then(({ process: target }) => target.consoleActor);
        return rdp.evaluate(await parentConsole, text, options);
      },
      /** Whether the real sidebar document is open now. */
      sidebarOpen: () => extension.has(`${origin}sidepanel.html`),
      /** Evaluates in this extension's content-script sandbox on the tab showing `page`. */
      evaluateInContentScript: (page, text, options) => inContentScript(page.url(), geckoId, text, options),
      /**
       * Saves the API key the way the settings page does: a settings:save message from an extension
       * page (the sidebar) to the background. (Firefox content scripts can write storage.local, so
       * there the extension does not adopt keys written to it after start; see secret.ts.)
       */
      async setApiKey(key) {
        const result = await launched.evaluateSidebar(
          `browser.runtime.sendMessage({ type: 'settings:get' }).then((view) => browser.runtime.sendMessage({ type: 'settings:save', baseUrl: view.baseUrl, apiKey: ${JSON.stringify(key)} }))`,
        );
        if (!result?.ok) throw new Error(`settings:save refused the key: ${JSON.stringify(result)}`);
      },
      /** The browser.tabs id of a puppeteer page, found by URL through the background page. */
      async tabIdOf(page) {
        const url = page.url();
        const ids = await waitFor(
          async () => {
            const found = await launched.evaluateBackground(
              `browser.tabs.query({}).then((tabs) => tabs.filter((tab) => tab.url === ${JSON.stringify(url)}).map((tab) => tab.id))`,
            );
            return found.length ? found : null;
          },
          { timeoutMs: 5000, message: `a tab showing ${url}` },
        );
        if (ids.length > 1) throw new Error(`tabIdOf: ${ids.length} tabs show ${url}`);
        return ids[0];
      },
      close: cleanup,
    };
    return launched;
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Follows the add-on's documents (background page, sidebar, extension tabs) as they come and go. */
async function watchExtension(rdp, geckoId, timeoutMs) {
  const addon = await waitFor(async () => (await rdp.request('root', 'listAddons')).addons.find((candidate) => candidate.id === geckoId), {
    timeoutMs,
    message: `the add-on ${geckoId} in the devtools server`,
  });
  const watcher = await rdp.request(addon.actor, 'getWatcher', {});
  const documents = new Map(); // target actor -> { url, consoleActor }
  rdp.onEvent((packet) => {
    if (packet.from !== watcher.actor) return;
    if (packet.type === 'target-available-form') documents.set(packet.target.actor, { url: packet.target.url, consoleActor: packet.target.consoleActor });
    if (packet.type === 'target-destroyed-form') documents.delete(packet.target.actor);
  });
  await rdp.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
  const find = (url) => [...documents.values()].find((doc) => doc.url === url);
  return {
    has: (url) => Boolean(find(url)),
    consoleOf: (url, waitMs = timeoutMs) => waitFor(() => find(url)?.consoleActor, { timeoutMs: waitMs, message: `the extension document ${url}` }),
  };
}

/**
 * The content-script sandbox is reachable from the tab's own devtools session (a "content_script"
 * target, as in the tab toolbox), not from the add-on's. Each tab is watched once; its content-script
 * targets come and go with navigations, and the one whose form names this add-on is used.
 */
function contentScripts(rdp) {
  const watched = new Map(); // tab descriptor actor -> Map(target actor -> form)
  rdp.onEvent((packet) => {
    for (const [, entry] of watched) {
      if (packet.from !== entry.watcher) continue;
      if (packet.type === 'target-available-form') entry.targets.set(packet.target.actor, packet.target);
      if (packet.type === 'target-destroyed-form') entry.targets.delete(packet.target.actor);
    }
  });
  return async function evaluateInContentScript(url, geckoId, text, { timeout = 10_000 } = {}) {
    const tab = await waitFor(async () => (await rdp.request('root', 'listTabs')).tabs.find((candidate) => candidate.url === url), {
      timeoutMs: timeout,
      message: `a tab showing ${url} in the devtools server`,
    });
    let entry = watched.get(tab.actor);
    if (!entry) {
      const { actor } = await rdp.request(tab.actor, 'getWatcher', {});
      entry = { watcher: actor, targets: new Map() };
      watched.set(tab.actor, entry);
      await rdp.request(actor, 'watchTargets', { targetType: 'content_script' });
    }
    const target = await waitFor(() => [...entry.targets.values()].find((form) => JSON.stringify(form).includes(geckoId)), {
      timeoutMs: timeout,
      message: `a content script of ${geckoId} on ${url} (seen: ${JSON.stringify([...entry.targets.values()]).slice(0, 500)})`,
    });
    return rdp.evaluate(target.consoleActor, text, { timeout });
  };
}

// `node scripts/lib/firefox.mjs` exits non-zero with the fix when Firefox is missing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    firefoxPath();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

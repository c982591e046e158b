import type { Browser, Page } from 'puppeteer-core';

export interface FirefoxLaunchOptions {
  /** The built firefox-mv2 folder. */
  extensionDir: string;
  /** Port of the mock HTTPS server. */
  mockPort: number;
  /** Host names tunnelled to the mock; every other host is refused by the proxy. */
  hosts: Iterable<string>;
  timeoutMs?: number;
}

export interface EvaluateOptions {
  timeout?: number;
}

export interface LaunchedFirefox {
  browser: Browser;
  version: string;
  geckoId: string;
  /** moz-extension://<pinned uuid>/ */
  origin: string;
  proxy: { port: number; refused: string[] };
  evaluateBackground<T = unknown>(text: string, options?: EvaluateOptions): Promise<T>;
  evaluateSidebar<T = unknown>(text: string, options?: EvaluateOptions): Promise<T>;
  /** Evaluates in an extension page open in a tab; `path` is relative to `origin` ("sidepanel.html?compare"). */
  evaluateExtensionPage<T = unknown>(path: string, text: string, options?: EvaluateOptions): Promise<T>;
  /** Evaluates in the parent process with chrome privileges (Services, the browser window, the clipboard). */
  evaluateParent<T = unknown>(text: string, options?: EvaluateOptions): Promise<T>;
  sidebarOpen(): boolean;
  evaluateInContentScript<T = unknown>(page: Page, text: string, options?: EvaluateOptions): Promise<T>;
  /** Saves the key through settings:save from the sidebar, as the settings page does. */
  setApiKey(key: string): Promise<void>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_FIREFOX: string;
export const EXTENSION_UUID: string;
export function firefoxPath(): string;
export function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<LaunchedFirefox>;

import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface LaunchOptions {
  /** The built chrome-mv3 folder. */
  extensionDir: string;
  /** Port of the mock HTTPS server every host name is mapped to. */
  mockPort: number;
  headless?: boolean;
  /** A profile folder to reuse; by default a temporary one, deleted on close(). */
  userDataDir?: string;
  extraArgs?: string[];
  timeoutMs?: number;
  /** The tab a fresh install opens (the settings page's welcome): closed before returning unless 'keep'. */
  welcomeTab?: 'close' | 'keep';
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  message?: string;
}

export interface PanelSnapshot {
  state: string | null;
  errorKind: string | null;
  text: string;
}

export function launchWithExtension(options: LaunchOptions): Promise<LaunchedExtension>;
export function chromiumPath(): string;
/** Saves (or, with '', removes) the key through the extension's storage.local → IndexedDB migration. */
export function setApiKey(serviceWorker: Worker, key: string, options?: { timeoutMs?: number }): Promise<void>;
export function badgeText(serviceWorker: Worker, tabId: number): Promise<string>;
export function badgeTitle(serviceWorker: Worker, tabId: number): Promise<string>;
export function tabIdOf(page: Page, options?: { serviceWorker?: Worker; timeoutMs?: number }): Promise<number>;
/** Older form: anything with chrome.tabs to evaluate in (the worker, an extension page), then the page. */
export function tabIdOf(worker: Worker | Page, page: Page, options?: { timeoutMs?: number }): Promise<number>;
export function chromiumArgs(options?: { mockPort?: number; extensionDir?: string }): string[];
export function waitFor<T>(check: () => T | Promise<T>, options?: WaitOptions): Promise<NonNullable<T>>;

export function findLauncher(page: Page, options?: { name?: string | RegExp }): Promise<{ name: string } | null>;
export function clickLauncher(page: Page, options?: { name?: string | RegExp; timeoutMs?: number }): Promise<string>;
export function sidePanelEvaluate<A, R>(context: BrowserContext, extensionId: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
export function panelSnapshot(context: BrowserContext, extensionId: string): Promise<PanelSnapshot>;
export function sidePanelText(context: BrowserContext, extensionId: string): Promise<string>;
export function evaluateInContentScript(
  page: Page,
  extensionId: string,
  expression: string,
  options?: { timeoutMs?: number },
): Promise<{ value?: unknown; error?: string }>;

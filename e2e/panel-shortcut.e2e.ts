import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchWithExtension, setApiKey } from '../scripts/lib/browser.mjs';
import { startMockServer } from '../scripts/mock-xobin/server.mjs';
import { API_KEY, openProfile, waitFor, waitForBadge, waitForPanel, CANDIDATES, type Harness } from './helpers';

// Alt+Shift+I (manifest command "toggle-panel") opens and closes the side panel, tested with a REAL
// key press. Keys sent through the DevTools protocol (Playwright's page.keyboard) go to the page only
// and never reach the browser's shortcut handling, so chrome.commands never fires in headless Chromium.
// So this file runs a headed Chromium on a virtual X display (Xvfb) and types the shortcut there with
// the X server's XTEST extension, as a keyboard would: browser accelerator -> chrome.commands.onCommand
// -> togglePanel in the worker. Needs the Xvfb binary (Debian package `xvfb`); skipped without it.

const XVFB = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'Xvfb'))
  .find((path) => existsSync(path));

async function startXvfb(path: string): Promise<{ display: string; stop: () => void }> {
  const child = spawn(path, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    (child.stdio[3] as Readable).on('data', (chunk) => (out += chunk) && out.includes('\n') && resolve(out.trim()));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display number within 10 s: ${stderr}`)), 10_000);
  });
  return { display: `:${number}`, stop: () => child.kill() };
}

const KEYSYM = { Alt_L: 0xffe9, Shift_L: 0xffe1, i: 0x69 } as const;

/** Presses the keys together and releases them, through XTEST on `display` (a minimal X11 client). */
async function pressChord(display: string, keysyms: readonly number[]): Promise<void> {
  const socket = connect(`/tmp/.X11-unix/X${display.slice(1)}`);
  let data = Buffer.alloc(0);
  let wake = () => undefined as void;
  socket.on('data', (chunk) => ((data = Buffer.concat([data, chunk])), wake()));
  const read = async (size: number) => {
    while (data.length < size) await new Promise<void>((resolve, reject) => ((wake = resolve), socket.once('error', reject)));
    const out = data.subarray(0, size);
    data = data.subarray(size);
    return out;
  };
  const reply = async (): Promise<Buffer> => {
    for (;;) {
      const head = await read(32);
      if (head[0] === 0) throw new Error(`X11 error ${head[1]}`);
      if (head[0] === 1) return Buffer.concat([head, await read(head.readUInt32LE(4) * 4)]);
    }
  };
  const request = (bytes: number[], size: number, fill?: (b: Buffer) => void) => {
    const buffer = Buffer.alloc(size);
    bytes.forEach((byte, i) => (buffer[i] = byte));
    buffer.writeUInt16LE(size / 4, 2);
    fill?.(buffer);
    socket.write(buffer);
  };
  try {
    socket.write(Buffer.from([0x6c, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0])); // little-endian, protocol 11.0, no auth
    const head = await read(8);
    if (head[0] !== 1) throw new Error(`The X server on ${display} refused the connection`);
    const setup = await read(head.readUInt16LE(6) * 4);
    const [minKeycode, maxKeycode] = [setup[26]!, setup[27]!];
    request([98], 16, (b) => (b.writeUInt16LE(5, 4), b.write('XTEST', 8))); // QueryExtension
    const xtest = await reply();
    if (!xtest[8]) throw new Error(`No XTEST extension on ${display}`);
    const count = maxKeycode - minKeycode + 1;
    request([101, 0, 0, 0, minKeycode, count], 8); // GetKeyboardMapping
    const map = await reply();
    const perKeycode = map[1]!;
    const keycodes = keysyms.map((keysym) => {
      for (let i = 0; i < count * perKeycode; i++) if (map.readUInt32LE(32 + i * 4) === keysym) return minKeycode + Math.floor(i / perKeycode);
      throw new Error(`No keycode for keysym ${keysym.toString(16)}`);
    });
    const fake = (type: number, detail: number, x = 0, y = 0) =>
      request([xtest[9]!, 2, 0, 0, type, detail], 36, (b) => (b.writeInt16LE(x, 24), b.writeInt16LE(y, 26)));
    fake(6, 0, 200, 200); // pointer over the browser window (no window manager: focus follows it)
    for (const keycode of keycodes) fake(2, keycode); // KeyPress
    for (const keycode of [...keycodes].reverse()) fake(3, keycode); // KeyRelease
    request([43], 4); // GetInputFocus: its reply means everything before it was processed
    await reply();
  } finally {
    socket.destroy();
  }
}

const TITLE = 'the keyboard shortcut (real key presses on a virtual display)';
describe.skipIf(!XVFB)(XVFB ? TITLE : `${TITLE}: SKIPPED, no Xvfb on PATH (apt-get install -y xvfb)`, () => {
  let h: Harness;
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  beforeAll(async () => {
    xvfb = await startXvfb(XVFB!);
    const mock = await startMockServer();
    const previous = process.env.DISPLAY;
    process.env.DISPLAY = xvfb.display; // read by Chromium at launch only
    try {
      const extraArgs = ['--window-position=0,0', '--window-size=1280,900'];
      const ext = await launchWithExtension({ extensionDir: inject('extensionDir'), mockPort: mock.port, headless: false, extraArgs });
      h = { mock, ext, close: async () => (await ext.close(), await mock.close()) };
    } finally {
      if (previous === undefined) delete process.env.DISPLAY;
      else process.env.DISPLAY = previous;
    }
    await setApiKey(h.ext.serviceWorker, API_KEY);
  });
  afterAll(async () => {
    await h?.close();
    xvfb?.stop();
  });

  /** Whether this window's side panel is open: the panel page exists as a browser target. */
  async function panelIsOpen(): Promise<boolean> {
    const session = await h.ext.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = await session.send('Target.getTargets');
      return targetInfos.some((target) => target.type === 'page' && target.url === `chrome-extension://${h.ext.extensionId}/sidepanel.html`);
    } finally {
      await session.detach();
    }
  }

  const shortcut = () => pressChord(xvfb.display, [KEYSYM.Alt_L, KEYSYM.Shift_L, KEYSYM.i]);
  const panelBecomes = (open: boolean) => waitFor(async () => (await panelIsOpen()) === open, { message: `the side panel to be ${open ? 'open' : 'closed'}` });

  it('Alt+Shift+I opens the side panel on the profile, closes it, and opens it again', async () => {
    const { page, tabId } = await openProfile(h, CANDIDATES.jordan.url);
    await waitForBadge(h, tabId, '82');
    expect(await panelIsOpen()).toBe(false);

    await shortcut();
    await panelBecomes(true);
    await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });

    await shortcut();
    await panelBecomes(false);

    await shortcut();
    await panelBecomes(true);
    await waitForPanel(h, { state: 'report', texts: ['Jordan Example'] });
    await page.close();
  });
});

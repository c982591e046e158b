import type { FirefoxHarness } from './helpers';

// Acting in the real sidebar as the recruiter does: fill the invite form, click its buttons (a
// script's click, or a native mouse click that Firefox takes as user input), read the clipboard.

/** Sets storage items from the background page, as the settings page would (e.g. aiInterviews). */
export async function setExtensionStorage(h: FirefoxHarness, items: Record<string, unknown>): Promise<void> {
  await h.ff.evaluateBackground(`browser.storage.local.set(${JSON.stringify(items)})`);
}

// Runs in the sidebar document: the form field its <label> names (by for=, or the input inside it).
const FIND_FIELD = `((wanted) => {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const label = [...document.querySelectorAll('label')].find((candidate) => norm(candidate.textContent) === wanted);
  return label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input, select, textarea') ?? null;
})`;

/**
 * Clicks a sidebar button. The click is a script's, not the recruiter's: the sidebar gets no user
 * activation from it (RDP evaluation), which matters for the clipboard (see invite.e2e.ts).
 */
export async function sidebarClickButton(h: FirefoxHarness, name: string): Promise<void> {
  const clicked = await h.ff.evaluateSidebar<boolean>(`(() => {
    const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
    const button = [...document.querySelectorAll('button')].find((b) => norm(b.getAttribute('aria-label')) === ${JSON.stringify(name)} || norm(b.innerText) === ${JSON.stringify(name)});
    button?.click();
    return Boolean(button);
  })()`);
  if (!clicked) throw new Error(`The sidebar has no button "${name}"`);
}

/** Types into a sidebar field as the recruiter would (an input event per value, which Preact reads). */
export async function sidebarFill(h: FirefoxHarness, label: string, value: string): Promise<void> {
  const found = await h.ff.evaluateSidebar<boolean>(`(() => {
    const field = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return false;
    field.focus();
    field.value = ${JSON.stringify(value)};
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  if (!found) throw new Error(`The sidebar has no field labelled "${label}"`);
}

/** A sidebar field's current value ('' when empty), or null when there is no such field. */
export function sidebarValue(h: FirefoxHarness, label: string): Promise<string | null> {
  return h.ff.evaluateSidebar<string | null>(`${FIND_FIELD}(${JSON.stringify(label)})?.value ?? null`);
}

/** Chooses the option with this visible text in the sidebar's select labelled `label`. */
export async function sidebarSelect(h: FirefoxHarness, label: string, optionText: string): Promise<void> {
  const chosen = await h.ff.evaluateSidebar<boolean>(`(() => {
    const select = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(select instanceof HTMLSelectElement)) return false;
    const option = [...select.options].find((candidate) => candidate.text.trim() === ${JSON.stringify(optionText)});
    if (!option) return false;
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  if (!chosen) throw new Error(`The sidebar has no select "${label}" with the option "${optionText}"`);
}

/** Clicks the radio button or checkbox whose <label> reads `label`. */
export async function sidebarCheck(h: FirefoxHarness, label: string): Promise<void> {
  const checked = await h.ff.evaluateSidebar<boolean>(`(() => {
    const input = ${FIND_FIELD}(${JSON.stringify(label)});
    if (!(input instanceof HTMLInputElement)) return false;
    input.click();
    return input.checked;
  })()`);
  if (!checked) throw new Error(`The sidebar has no radio or checkbox "${label}" that a click checks`);
}

/**
 * Clicks a sidebar button as the recruiter's mouse would: a native mouse event sent to the browser
 * window at the button's place, so Firefox treats it as user input (user activation, which the
 * clipboard asks for). sidebarClickButton's scripted click carries none.
 */
export async function sidebarUserClick(h: FirefoxHarness, name: string): Promise<void> {
  const centre = await h.ff.evaluateSidebar<{ x: number; y: number } | null>(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.innerText.replace(/\\s+/g, ' ').trim() === ${JSON.stringify(name)});
    if (!button) return null;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  })()`);
  if (!centre) throw new Error(`The sidebar has no button "${name}"`);
  // The extension's document sits in a browser inside the sidebar's chrome document (webext-panels.xhtml).
  await h.ff.evaluateParent(`(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const sidebar = win.document.getElementById('sidebar');
    const panel = sidebar.contentDocument.getElementById('webext-panels-browser');
    const [outer, inner] = [sidebar.getBoundingClientRect(), panel.getBoundingClientRect()];
    const scale = win.devicePixelRatio;
    const x = Math.round((win.mozInnerScreenX + outer.x + inner.x + ${centre.x}) * scale);
    const y = Math.round((win.mozInnerScreenY + outer.y + inner.y + ${centre.y}) * scale);
    const utils = win.windowUtils;
    for (const message of [utils.NATIVE_MOUSE_MESSAGE_MOVE, utils.NATIVE_MOUSE_MESSAGE_BUTTON_DOWN, utils.NATIVE_MOUSE_MESSAGE_BUTTON_UP]) {
      utils.sendNativeMouseEvent(x, y, message, 0, 0, sidebar);
      await new Promise((done) => win.setTimeout(done, 50));
    }
  })()`);
}

/** The text on Firefox's clipboard, read in the parent process ('' when it holds no text). */
export function clipboardText(h: FirefoxHarness): Promise<string> {
  return h.ff.evaluateParent<string>(`(() => {
    const transfer = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    transfer.init(null);
    transfer.addDataFlavor('text/plain');
    Services.clipboard.getData(transfer, Services.clipboard.kGlobalClipboard);
    const data = {};
    try { transfer.getTransferData('text/plain', data); } catch { return ''; }
    return data.value.QueryInterface(Ci.nsISupportsString).data;
  })()`);
}

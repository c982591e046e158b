import { t } from '../i18n';
import type { ChipResult } from '../messages';

// One score chip, right after a candidate link on a list page. Plain DOM in a closed shadow root, like
// the launcher (launcher.ts): the page's scripts cannot read what it says. A closed root hides nodes,
// not geometry, so every chip has one fixed size and one look whatever it shows: measuring it tells a
// page only that the link was recognised, never the score.

// Hosts are spans this script creates, never an element the page made or could have defined: a closed
// root on an already defined custom element is handed to its ElementInternals (a page defining our
// tag read every score), and one with `disabledFeatures: ['shadow']` refuses a root. A copy of a host
// (the ATS cloning a row) keeps the marker, not the root: recognised by it, removed, never reused.
export const CHIP_MARK = 'data-xobin-ai-score';
const hosts = new WeakSet<Node>();
/** One of our chip hosts (not a copy, not the page's look-alike). */
export const isChipHost = (node: Node): boolean => hosts.has(node);

// The host's box is set on the element itself (inline !important outranks the page's rules), so the
// page's CSS for spans cannot resize it.
const HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'vertical-align: middle',
  'width: 52px',
  'height: 20px',
  'margin: 0 4px',
  'contain: size layout style',
  'border-radius: 999px',
  'background: #c7d2fe', // the empty pill a waiting chip shows (button:empty is transparent)
]
  .map((rule) => `${rule} !important`)
  .join('; ');

// Nothing in a chip clips (no paint containment, no overflow clip): each clip made every chip a paint
// chunk of its own that the compositor handled again on every scrolled frame. Size containment keeps
// the box fixed whatever it shows, and the short texts are at most 6 characters, within the 52 px.
const STYLE = `
button { all: unset; box-sizing: border-box; display: block; width: 52px; height: 20px; cursor: pointer;
  border-radius: 999px; background: #1e3a8a; color: #fff; text-align: center; white-space: nowrap;
  font: 600 11px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 0 4px; }
button:empty { background: transparent; }
button:focus-visible { outline: 2px solid #fbbf24; outline-offset: 1px; }
`;

// One style sheet for every chip on the page, adopted by each shadow root, instead of a <style> of its
// own per chip that the page's style engine sets up again for each of a list's hundreds of chips.
// Where a content script cannot adopt a sheet it made (Firefox, or an error), a <style> it is.
let shared: CSSStyleSheet | null | undefined;

function styleChip(root: ShadowRoot, doc: Document): void {
  try {
    if (shared === undefined) {
      // Firefox: not tried (its Xrays may take the sheet and show nothing); Chromium: one shared sheet.
      shared = import.meta.env.FIREFOX ? null : new CSSStyleSheet();
      shared?.replaceSync(STYLE);
    }
    if (shared) {
      root.adoptedStyleSheets = [shared];
      return;
    }
  } catch {
    shared = null;
  }
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.prepend(style);
}

/** What a chip shows before its answer: not on screen yet, or on its way. */
export type ChipState = ChipResult | { readonly kind: 'waiting' };

export interface Chip {
  readonly host: HTMLElement;
  /** Has its button (see mountChip). */
  readonly awake: boolean;
  wake(): void;
  show(state: ChipState): void;
  /** A word on what to do next, in its tooltip (the box never changes size): until it shows again. */
  hint(text: string): void;
  remove(): void;
}

// A list shows the same few texts hundreds of times (every waiting chip, every "no report"); each
// i18n.getMessage is a call into the browser: one per distinct text per page.
const texts = new Map<string, { name: string; short: string }>();

/** The accessible name and the few visible characters for a state. */
export function chipText(state: ChipState): { name: string; short: string } {
  const key = state.kind === 'score' ? `score:${state.score}` : state.kind === 'pending' ? `pending:${state.status}` : state.kind;
  let text = texts.get(key);
  if (!text) {
    if (texts.size >= 500) texts.clear(); // scores 0–100 and a few statuses: never in practice
    texts.set(key, (text = textOf(state)));
  }
  return text;
}

function textOf(state: ChipState): { name: string; short: string } {
  switch (state.kind) {
    case 'score':
      return { name: t('chipScore', state.score), short: `AI ${state.score}` };
    case 'pending':
      return { name: t('chipPending', state.status), short: t('chipPendingShort') };
    case 'none':
      return { name: t('chipNone'), short: 'AI –' };
    case 'limit':
      return { name: t('chipMore'), short: t('chipMoreShort') };
    case 'error':
    case 'off':
      return { name: t('chipError'), short: 'AI !' };
    case 'waiting':
      // An empty pill: on a long list most chips wait, and their text was most of what a scrolled
      // frame painted for them.
      return { name: t('chipWaiting'), short: '' };
  }
}

// The row around the link is the ATS's: a click, press or key on the chip must not also reach its
// handlers (open the candidate, select the row, keyboard shortcuts).
const CONTAINED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'dblclick'];

/**
 * A chip on a new host of our own; the caller puts it in place. It gets its button at `wake()` (when it
 * is first on screen): until then it is the empty pill its host's own style draws, so a list of
 * thousands of links pays for the chips on screen only.
 */
export function mountChip(doc: Document, onClick: () => void): Chip {
  const host = doc.createElement('span');
  const root = host.attachShadow({ mode: 'closed' });
  hosts.add(host);
  host.setAttribute(CHIP_MARK, '');
  host.setAttribute('style', HOST_STYLE);
  for (const type of CONTAINED) host.addEventListener(type, (event) => event.stopPropagation());
  let state: ChipState = { kind: 'waiting' };
  let button: HTMLButtonElement | undefined;
  const render = () => {
    if (!button) return;
    const { name, short } = chipText(state);
    button.textContent = short;
    button.setAttribute('aria-label', name);
    button.title = name;
  };
  return {
    host,
    get awake() {
      return button !== undefined;
    },
    wake() {
      if (button) return;
      button = doc.createElement('button');
      button.type = 'button';
      root.append(button);
      styleChip(root, doc);
      button.addEventListener('click', (event) => {
        event.preventDefault();
        if (event.isTrusted) onClick();
      });
      render();
    },
    show(next: ChipState) {
      state = next;
      render();
    },
    hint(text: string) {
      if (button) button.title = text;
    },
    remove() {
      host.remove();
    },
  };
}

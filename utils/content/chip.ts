import { t } from '../i18n';
import type { ChipResult } from '../messages';

// One score chip, right after a candidate link on a list page. Plain DOM in a closed shadow root, like
// the launcher (launcher.ts): the page's scripts cannot read what it says. A closed root hides nodes,
// not geometry, so every chip has one fixed size and one look whatever it shows: measuring it tells a
// page only that the link was recognised, never the score.

export const CHIP_TAG = 'xobin-ai-score';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; width: 52px; height: 20px; margin: 0 4px; contain: strict; }
button { all: unset; box-sizing: border-box; display: block; width: 52px; height: 20px; overflow: hidden; cursor: pointer;
  border-radius: 999px; background: #1e3a8a; color: #fff; text-align: center; white-space: nowrap; text-overflow: ellipsis;
  font: 600 11px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 0 4px; }
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
  show(state: ChipState): void;
  remove(): void;
}

/** The accessible name and the few visible characters for a state. */
export function chipText(state: ChipState): { name: string; short: string } {
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
      return { name: t('chipWaiting'), short: 'AI …' };
  }
}

// The row around the link is the ATS's: a click, press or key on the chip must not also reach its
// handlers (open the candidate, select the row, keyboard shortcuts).
const CONTAINED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'dblclick'];

export function mountChip(anchor: Element, onClick: () => void): Chip {
  const doc = anchor.ownerDocument;
  const host = doc.createElement(CHIP_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(button);
  styleChip(root, doc);
  for (const type of CONTAINED) host.addEventListener(type, (event) => event.stopPropagation());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (event.isTrusted) onClick();
  });
  anchor.after(host);
  const chip: Chip = {
    host,
    show(state) {
      const { name, short } = chipText(state);
      button.textContent = short;
      button.setAttribute('aria-label', name);
      button.title = name;
    },
    remove() {
      host.remove();
    },
  };
  chip.show({ kind: 'waiting' });
  return chip;
}

import { t } from '../i18n';

// The in-page button. Plain DOM in a closed shadow root: the ATS page's CSS cannot reach in and ours
// cannot leak out, and it costs no framework in a script that runs on every ATS page.
//
// What it may reveal: nothing but "a candidate profile was recognised". A closed shadow root hides
// its nodes, not its geometry (a page script can measure the host, or probe it with
// elementFromPoint), so the button has one fixed size, one colour and one label whatever the report
// says; score, status and errors appear only in the side panel and on the toolbar badge, which the
// page cannot read. The content script is not even told them.
//
// The host is a span this script creates (see chip.ts): an element of a tag the page could define would
// hand its closed root to the page's ElementInternals, or refuse one. Being a span, the page's rules for
// spans reach it: every :host declaration is !important, which outranks the page's (inner context wins).

export const LAUNCHER_MARK = 'data-xobin-ai-interview';

const STYLE = `
:host { all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483647 !important;
  display: block !important; width: 148px !important; height: 34px !important; }
.wrap { display: flex; align-items: center; box-sizing: border-box; width: 148px; height: 34px; overflow: hidden;
  font: 500 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff;
  background: #1e3a8a; border-radius: 999px; box-shadow: 0 2px 10px rgb(0 0 0 / .25); }
button { all: unset; cursor: pointer; box-sizing: border-box; height: 34px; border-radius: 999px; white-space: nowrap; overflow: hidden; }
button:focus-visible { outline: 2px solid #fbbf24; outline-offset: 2px; }
.open { flex: 1 1 auto; padding: 0 4px 0 14px; text-overflow: ellipsis; line-height: 34px; }
.close { flex: 0 0 28px; text-align: center; opacity: .8; } .close:hover { opacity: 1; }
.hint { position: fixed; right: 16px; bottom: 56px; z-index: 2147483647; max-width: 320px; background: #111827; color: #fff;
  padding: 6px 10px; border-radius: 6px; font: 400 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
`;

export interface Launcher {
  /** Shown only after the recruiter's click (the panel could not open): it says what to do. */
  hint(text: string): void;
  remove(): void;
}

export function mountLauncher(doc: Document, onOpen: () => void): Launcher {
  const host = doc.createElement('span');
  host.setAttribute(LAUNCHER_MARK, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const wrap = doc.createElement('div');
  wrap.className = 'wrap';
  const open = doc.createElement('button');
  open.className = 'open';
  open.type = 'button';
  open.textContent = t('launcherLabel');
  open.title = t('launcherTitle');
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('launcherHide'));
  close.title = t('launcherHideShort');
  wrap.append(open, close);
  root.append(style, wrap);

  open.addEventListener('click', onOpen);
  close.addEventListener('click', () => host.remove());
  (doc.body ?? doc.documentElement).append(host);

  return {
    hint(text) {
      const hint = doc.createElement('div');
      hint.className = 'hint';
      hint.setAttribute('role', 'status');
      hint.textContent = text;
      root.append(hint);
      setTimeout(() => hint.remove(), 6000);
    },
    remove() {
      host.remove();
    },
  };
}

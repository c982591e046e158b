import { t } from '../i18n';
import type { LauncherTone } from '../messages';

// The in-page button. Plain DOM in a closed shadow root: the ATS page's CSS cannot reach in and ours
// cannot leak out, and it costs no framework in a script that runs on every ATS page.

const STYLE = `
:host { all: initial; }
.wrap { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; align-items: center;
  font: 500 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff;
  background: #1e3a8a; border-radius: 999px; box-shadow: 0 2px 10px rgb(0 0 0 / .25); }
button { all: unset; cursor: pointer; padding: 8px 12px; border-radius: 999px; }
button:focus-visible { outline: 2px solid #fbbf24; outline-offset: 2px; }
.open[data-tone="pending"] { background: #92400e; } .open[data-tone="error"] { background: #991b1b; }
.open[data-tone="not-found"], .open[data-tone="loading"] { background: #374151; }
.close { padding: 8px 10px 8px 4px; opacity: .8; } .close:hover { opacity: 1; }
.hint { position: absolute; right: 0; bottom: 110%; background: #111827; padding: 6px 10px; border-radius: 6px;
  white-space: nowrap; font-weight: 400; }
`;

export interface Launcher {
  update(label: string, tone: LauncherTone, title: string): void;
  hint(text: string): void;
  remove(): void;
}

export function mountLauncher(doc: Document, onOpen: () => void): Launcher {
  const host = doc.createElement('xobin-ai-interview');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const wrap = doc.createElement('div');
  wrap.className = 'wrap';
  const open = doc.createElement('button');
  open.className = 'open';
  open.type = 'button';
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('launcherHide'));
  close.title = t('launcherHideShort');
  wrap.append(open, close);
  root.append(style, wrap);
  let dismissed = false;

  open.addEventListener('click', onOpen);
  close.addEventListener('click', () => {
    dismissed = true;
    host.remove();
  });

  const launcher: Launcher = {
    update(label, tone, title) {
      if (dismissed) return;
      open.textContent = label;
      open.dataset.tone = tone;
      open.title = title;
      open.setAttribute('aria-label', `${label}. ${title}`);
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    hint(text) {
      const hint = doc.createElement('div');
      hint.className = 'hint';
      hint.setAttribute('role', 'status');
      hint.textContent = text;
      wrap.append(hint);
      setTimeout(() => hint.remove(), 6000);
    },
    remove() {
      host.remove();
    },
  };
  launcher.update(t('aiInterview'), 'loading', t('badgeLoadingTitle'));
  return launcher;
}

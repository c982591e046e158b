import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBrowserLanguage } from '../../components/test-setup';
import { mountLauncher } from './launcher';

/** Mounts a launcher and keeps a handle on its closed shadow root (which the page itself never gets). */
function mountWithRoot(onOpen = vi.fn()) {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const launcher = mountLauncher(document, onOpen);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  const [open, close] = root.querySelectorAll('button');
  return { launcher, root, open: open!, close: close!, onOpen };
}

afterEach(() => document.body.replaceChildren());

describe('mountLauncher', () => {
  it('renders a button named "AI Interview …" in a closed shadow root and forwards clicks', () => {
    const { launcher, open, onOpen } = mountWithRoot();
    launcher.update('AI Interview · 82', 'score', 'Xobin AI Interview: score 82.');
    const host = document.querySelector('xobin-ai-interview')!;
    expect(host.shadowRoot).toBeNull();
    expect(open.getAttribute('aria-label')).toContain('AI Interview · 82');
    expect(open.textContent).toBe('AI Interview · 82');
    open.click();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('renders labels as text, never markup', () => {
    const { launcher, open } = mountWithRoot();
    launcher.update('<img src=x onerror=alert(1)>', 'score', 't');
    expect(open.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(open.querySelector('img')).toBeNull();
  });

  it('stays hidden for the page once dismissed, whatever updates arrive', () => {
    const { launcher, close } = mountWithRoot();
    close.click();
    expect(document.querySelector('xobin-ai-interview')).toBeNull();
    launcher.update('AI Interview · 64', 'score', 't');
    expect(document.querySelector('xobin-ai-interview')).toBeNull();
  });
});

describe('mountLauncher in German', () => {
  it('names its buttons in the browser’s language', () => {
    useBrowserLanguage('de');
    const { open, close } = mountWithRoot();
    expect(open.title).toBe('Xobin AI Interview: Bericht wird geladen…');
    expect(close.getAttribute('aria-label')).toBe('AI-Interview-Schaltfläche auf dieser Seite ausblenden');
  });
});

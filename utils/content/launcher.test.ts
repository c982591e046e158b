import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBrowserLanguage } from '../../components/test-setup';
import { LAUNCHER_MARK, mountLauncher } from './launcher';

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
  it('renders one constant button, "AI Interview", in a closed shadow root and forwards clicks', () => {
    const { open, onOpen } = mountWithRoot();
    const host = document.querySelector(`[${LAUNCHER_MARK}]`)!;
    expect(host.shadowRoot).toBeNull();
    expect(open.textContent).toBe('AI Interview');
    expect(open.title).toBe('Open the Xobin AI Interview report in the side panel');
    open.click();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('has a fixed size and nothing on the host a page could read', () => {
    const { root } = mountWithRoot();
    const host = document.querySelector(`[${LAUNCHER_MARK}]`)!;
    // A built-in element of ours, never one of a tag the page could define; its one attribute is an empty marker.
    expect(host.localName).toBe('span');
    expect([...host.attributes].map(({ name, value }) => [name, value])).toEqual([[LAUNCHER_MARK, '']]);
    expect(host.childNodes).toHaveLength(0);
    const css = root.querySelector('style')!.textContent!;
    expect(css).toMatch(/:host \{[^}]*position: fixed !important;[^}]*width: 148px !important; height: 34px !important; \}/);
    expect(css).toMatch(/\.wrap \{[^}]*width: 148px; height: 34px; overflow: hidden;/);
  });

  it('shows a hint as text, never markup, and removes itself when dismissed', () => {
    const { launcher, root, close } = mountWithRoot();
    launcher.hint('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.hint')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    close.click();
    expect(document.querySelector(`[${LAUNCHER_MARK}]`)).toBeNull();
  });
});

describe('mountLauncher in German', () => {
  it('names its buttons in the browser’s language', () => {
    useBrowserLanguage('de');
    const { open, close } = mountWithRoot();
    expect(open.textContent).toBe('AI Interview');
    expect(open.title).toBe('Den Xobin-AI-Interview-Bericht in der Seitenleiste öffnen');
    expect(close.getAttribute('aria-label')).toBe('AI-Interview-Schaltfläche auf dieser Seite ausblenden');
  });
});

// Each line below must be reported by the shipped-code lint rules (see tests/lint-rules.test.ts).
export function unsafe(el: HTMLElement, text: string) {
  el.innerHTML = text;
  el.outerHTML = text;
  el.insertAdjacentHTML('beforeend', text);
  document.write(text);
  eval(text);
  new Function(text);
  setTimeout('alert(1)', 1);
  new DOMParser().parseFromString(text, 'text/html');
  return <div dangerouslySetInnerHTML={{ __html: text }} />;
}

import { describe, expect, it } from 'vitest';
import { responseIdFromUrl, xobinResponseIds } from './xobin-links';

const REPORT = 'https://app.xobin.com/ai-interviews/candidate/report';

describe('xobinResponseIds', () => {
  it('reads report links in the page and in open shadow roots, roots inside roots, <a> or a custom element with an href', () => {
    document.body.innerHTML = `<main><a href="${REPORT}/979601">Xobin report</a><div id="notes"></div></main>`;
    const notes = document.getElementById('notes')!.attachShadow({ mode: 'open' });
    notes.innerHTML = `<p><a href="${REPORT}/979611?tab=summary">report</a></p><section id="inner"></section>`;
    const inner = notes.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<sr-link href="${REPORT}/979621">report</sr-link><a href="https://evil.example/report/979631">not Xobin</a>`;
    expect(xobinResponseIds(document.body)).toEqual(['979601', '979611', '979621']);
  });

  it('reads only the region it is given', () => {
    document.body.innerHTML = `<ul><li><a href="${REPORT}/979560">row</a></li></ul><aside id="profile"><a href="${REPORT}/979601">x</a></aside>`;
    expect(xobinResponseIds(document.getElementById('profile')!)).toEqual(['979601']);
  });
});

describe('responseIdFromUrl', () => {
  it('takes https Xobin hosts only', () => {
    expect(responseIdFromUrl(`${REPORT}/979601`)).toBe('979601');
    expect(responseIdFromUrl('http://app.xobin.com/report/1')).toBeUndefined();
    expect(responseIdFromUrl('https://xobin.com.evil.example/report/1')).toBeUndefined();
  });
});

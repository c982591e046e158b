import { describe, expect, it } from 'vitest';
import { brandFor, styleFor, withStyle } from '../scripts/mock-xobin/ats-style.mjs';
import { loadFixtures } from '../utils/ats/fixtures';

// The demo look of the served ATS pages must not change what the adapters and e2e tests read.

describe('the demo ATS stylesheet', () => {
  const pages = loadFixtures();

  it('adds only a stylesheet link to the head of every fixture page', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const { file, html } of pages) {
      const styled = withStyle(html);
      expect(styled, file).toContain('<link rel="stylesheet" href="/__fixtures/ats-style.css"></head>');
      expect(styled.replace('<link rel="stylesheet" href="/__fixtures/ats-style.css">', ''), file).toBe(html);
      // The body, which detection reads, is byte for byte the saved page's.
      expect(styled.slice(styled.indexOf('<body')), file).toBe(html.slice(html.indexOf('<body')));
    }
  });

  it('knows the brand of every shipped ATS host', () => {
    for (const { file, url } of pages) expect(brandFor(new URL(url).hostname)[1], file).not.toBe('Acme Hiring');
    expect(brandFor('app.greenhouse.io')[1]).toBe('greenhouse');
    expect(brandFor('recruit.zoho.eu')[1]).toBe('Zoho Recruit');
    expect(brandFor('ats.acme-hiring.example')[1]).toBe('Acme Hiring');
  });

  it('puts the brand in CSS variables, and draws no text but the brand name', () => {
    const css = styleFor('hire.lever.co');
    expect(css).toMatch(/^:root \{ --brand: #[0-9a-f]{6}; --brand-link: #[0-9a-f]{6}; --brand-name: "LEVER"; \}/);
    const contents = [...css.matchAll(/content:\s*([^;]+);/g)].map((match) => match[1]);
    expect(contents.sort()).toEqual(["''", 'var(--brand-name)']);
  });
});

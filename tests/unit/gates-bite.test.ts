import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { brokenLinks, hreflangProblems, htmlErrors, sitemapPaths } from '../support/gates.ts';

// A deliberately broken site: each gate must fail on it, so a green gate over the real site means something.
const broken = path.resolve(import.meta.dirname, '../fixtures/broken-site');

describe('site gates bite on a broken fixture', () => {
  it('reads the sitemap', () => {
    expect(sitemapPaths(broken)).toEqual(['/en/', '/en/ok/']);
  });
  it('the link gate reports a broken link and a missing anchor', () => {
    expect(brokenLinks(broken)).toEqual(['en/index.html: broken link /en/missing/', 'en/index.html: missing anchor /en/ok/#nowhere']);
  });
  it('the hreflang gate reports a page without canonical or alternates', () => {
    const problems = hreflangProblems(broken, sitemapPaths(broken));
    expect(problems).toEqual(['/en/: canonical is missing', '/en/: no hreflang alternate for its own language (en)', '/en/: no x-default alternate']);
  });
  it('the HTML gate reports invalid HTML', async () => {
    const errors = await htmlErrors(broken);
    expect(errors.some((e) => e.startsWith('en/index.html') && e.includes('no-dup-id'))).toBe(true);
    expect(errors.filter((e) => e.startsWith('en/ok/'))).toEqual([]);
  });
});

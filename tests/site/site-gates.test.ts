import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { root } from '../support/build.ts';
import { brokenLinks, hreflangProblems, htmlErrors, sitemapPaths } from '../support/gates.ts';

const dist = path.join(root, 'dist');
const paths = sitemapPaths(dist);

describe('site-wide gates over the built demo site', () => {
  it('lists every page of both locales in the sitemap, and no 404 or thank-you page', () => {
    expect(paths.length).toBeGreaterThan(150);
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBe(paths.filter((p) => p.startsWith('/fi/')).length);
    expect(paths.some((p) => /404|thanks/.test(p))).toBe(false);
  });

  it('has no broken internal links or anchors', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('gives every sitemap page a canonical URL and hreflang alternates', () => {
    expect(hreflangProblems(dist, paths)).toEqual([]);
  });

  it('has valid HTML on every page', async () => {
    expect(await htmlErrors(dist)).toEqual([]);
  });
});

/**
 * Site-wide quality gates over a built site: internal links and anchors, hreflang and canonical, HTML validity.
 * (axe-core and CSP run in Chromium: see browser-gates.ts.) Each returns a list of problems; empty means pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import { resolveFile } from '../../tools/serve.ts';
import { listAll } from './build.ts';

export const SITE = 'https://spouseprogram.fi';

/** URL paths listed in the sitemap (sitemap-index.xml and the files it points to). */
export function sitemapPaths(dist: string): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return files.flatMap((file) => [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

export function htmlFiles(dist: string): string[] {
  return listAll(dist).filter((file) => file.endsWith('.html'));
}

const pageCache = new Map<string, HTMLElement>();
function load(file: string): HTMLElement {
  let page = pageCache.get(file);
  if (!page) {
    page = parse(readFileSync(file, 'utf8'));
    pageCache.set(file, page);
  }
  return page;
}

/** Internal links (a, link, script, img, form action) that lead nowhere, and #anchors with no target. */
export function brokenLinks(dist: string, files = htmlFiles(dist)): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const page = load(path.join(dist, file));
    const pagePath = `/${file.replace(/index\.html$/, '')}`;
    const refs = [
      ...page.querySelectorAll('a[href], link[href]').map((n) => n.getAttribute('href')!),
      ...page.querySelectorAll('script[src], img[src]').map((n) => n.getAttribute('src')!),
      ...page.querySelectorAll('form[action]').map((n) => n.getAttribute('action')!),
    ];
    for (const ref of refs) {
      let url: URL;
      try {
        url = new URL(ref, `${SITE}${pagePath}`);
      } catch {
        problems.push(`${file}: unparsable link "${ref}"`);
        continue;
      }
      if (url.origin !== SITE) continue;
      const target = resolveFile(dist, url.pathname);
      if (!target) {
        problems.push(`${file}: broken link ${ref}`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const doc = load(target);
        if (!doc.getElementById(id) && !doc.querySelector(`[name="${id.replace(/"/g, '')}"]`)) problems.push(`${file}: missing anchor ${ref}`);
      }
    }
  }
  return problems;
}

/** Every indexable page declares a canonical URL and hreflang alternates, the alternates existing as pages. */
export function hreflangProblems(dist: string, paths: string[]): string[] {
  const problems: string[] = [];
  for (const urlPath of paths) {
    const file = resolveFile(dist, urlPath);
    if (!file) {
      problems.push(`${urlPath}: in the sitemap but not built`);
      continue;
    }
    const page = load(file);
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical !== `${SITE}${urlPath}`) problems.push(`${urlPath}: canonical is ${canonical ?? 'missing'}`);
    const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]');
    const langs = alternates.map((a) => a.getAttribute('hreflang'));
    const own = page.querySelector('html')?.getAttribute('lang');
    if (!own || !langs.includes(own)) problems.push(`${urlPath}: no hreflang alternate for its own language (${own})`);
    if (!langs.includes('x-default')) problems.push(`${urlPath}: no x-default alternate`);
    for (const alternate of alternates) {
      const href = alternate.getAttribute('href') ?? '';
      if (!href.startsWith(SITE) || !resolveFile(dist, new URL(href).pathname)) problems.push(`${urlPath}: alternate ${href} does not exist`);
    }
  }
  return problems;
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes boolean attributes as attr="" in places; both forms are valid HTML.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Headings may skip levels inside cards; axe checks heading order where it matters.
    'heading-level': 'off',
  },
});

/** HTML validity errors (WHATWG content model, attributes, ids, nesting). */
export async function htmlErrors(dist: string, files = htmlFiles(dist)): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { acceptedLanguages, headersFor, matchRedirect, readNetlifyConfig } from './netlify-config.ts';
import { projectRoot } from './serve.ts';
import { publicCsp } from '../src/site.config.ts';
import { localeCodes } from '../src/i18n/locales.ts';

const config = await readNetlifyConfig(path.join(projectRoot, 'netlify.toml'));
/** The policies a response carries: Netlify joins every matching rule's header with ", ", and browsers enforce each. */
const policies = (pathname: string) => (headersFor(config, pathname)['Content-Security-Policy'] ?? '').split(/,\s*/).filter(Boolean);
const strictPolicy = (pathname: string) => policies(pathname).find((policy) => !/'unsafe-(eval|inline)'/.test(policy));

describe('netlify.toml security headers', () => {
  it('gives every public page a strict CSP: no inline or eval scripts, wasm for Pagefind, no framing', () => {
    for (const pathname of ['/en/', '/fi/services/', '/en/services/work-trial/', '/', '/index.html', '/404.html', '/pagefind/pagefind-worker.js']) {
      const policy = strictPolicy(pathname)!;
      expect(policy, pathname).toBeDefined();
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policies(pathname), `${pathname}: the baseline and the strict policy`).toHaveLength(2);
    }
    expect(strictPolicy('/en/services/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(strictPolicy('/en/services/')).toContain("worker-src 'self'");
  });
  it('matches the <meta> backstop policy every page carries', () => {
    const header = strictPolicy('/en/')!
      .split('; ')
      .filter((d) => !/^(frame-ancestors|upgrade-insecure-requests)/.test(d));
    expect(publicCsp.split('; ')).toEqual(header);
    for (const locale of localeCodes) expect(strictPolicy(`/${locale}/`), locale).toBe(strictPolicy('/en/'));
  });
  it('gives every response a baseline policy: no inline or third-party script anywhere, no plugins', () => {
    for (const pathname of ['/nope/', '/sitemap-index.xml', '/favicon.svg', '/_astro/site.css', '/attachments/flyer.pdf', '/admin/']) {
      const [baseline] = policies(pathname);
      expect(baseline, pathname).toMatch(/script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval';/);
      expect(baseline).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(baseline).toContain("object-src 'none'");
      expect(baseline).toContain("base-uri 'self'");
    }
  });
  it('gives /admin/ the baseline, which is the looser policy Decap needs, and nothing else', () => {
    const [policy, ...others] = policies('/admin/');
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(others).toEqual([]);
  });
  it('sandboxes attachments: no script, no resources, even for a file of the wrong type', () => {
    expect(policies('/attachments/flyer.pdf')).toContain("default-src 'none'; sandbox");
    expect(policies('/attachments/sub/x.html')).toContain("default-src 'none'; sandbox");
    expect(headersFor(config, '/attachments/flyer.pdf')['X-Content-Type-Options']).toBe('nosniff');
  });
  it('matches paths as Netlify does: with its own parser, case-insensitive, with or without the trailing slash', () => {
    expect(strictPolicy('/EN/services/')).toBe(strictPolicy('/en/services/'));
    expect(headersFor(config, '/admin')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor(config, '/attachments')['Content-Security-Policy']).toContain('sandbox');
  });
  it('sends HSTS, nosniff, referrer and permissions policies everywhere', () => {
    for (const pathname of ['/en/', '/admin/', '/pagefind/pagefind.js']) {
      const headers = headersFor(config, pathname);
      expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toContain('camera=()');
    }
  });
  it('caches fingerprinted assets and hashed Pagefind files for a year, the Pagefind entry briefly', () => {
    expect(headersFor(config, '/_astro/index.B1a2.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(config, '/pagefind/fragment/en_abc.pf_fragment')['Cache-Control']).toContain('immutable');
    expect(headersFor(config, '/pagefind/index/en_abc.pf_index')['Cache-Control']).toContain('immutable');
    expect(headersFor(config, '/pagefind/pagefind.en_123.pf_meta')['Cache-Control']).toContain('immutable');
    expect(headersFor(config, '/pagefind/pagefind.js')['Cache-Control']).toBe('public, max-age=600, must-revalidate');
    expect(headersFor(config, '/en/')['Cache-Control']).toBeUndefined();
  });
});

describe('netlify.toml redirects', () => {
  it('sends / to the browser language, English by default, even though /index.html exists', () => {
    expect(matchRedirect(config, '/', { fileExists: true, acceptLanguage: 'fi-FI,fi;q=0.9,en;q=0.8' })).toEqual({ to: '/fi/', status: 302 });
    expect(matchRedirect(config, '/', { fileExists: true, acceptLanguage: 'en-GB,en;q=0.9,fi;q=0.5' })).toEqual({ to: '/en/', status: 302 });
    expect(matchRedirect(config, '/', { fileExists: true, acceptLanguage: 'de' })).toEqual({ to: '/en/', status: 302 });
    expect(matchRedirect(config, '/', { fileExists: true })).toEqual({ to: '/en/', status: 302 });
  });
  it('answers unknown paths with the 404 page of their language, but never shadows real files', () => {
    expect(matchRedirect(config, '/fi/ei-ole/', { fileExists: false })).toEqual({ to: '/fi/404/', status: 404 });
    expect(matchRedirect(config, '/en/nope/', { fileExists: false })).toEqual({ to: '/en/404/', status: 404 });
    expect(matchRedirect(config, '/en/services/', { fileExists: true })).toBeUndefined();
  });
  it("sends the home page's CMS path /<locale>/home/ to the home page", () => {
    expect(matchRedirect(config, '/fi/home/', { fileExists: false })).toEqual({ to: '/fi/', status: 301 });
    expect(matchRedirect(config, '/en/home/', { fileExists: false })).toEqual({ to: '/en/', status: 301 });
  });
  it('orders Accept-Language by quality', () => {
    expect(acceptedLanguages('en;q=0.5, fi-FI, sv;q=0.7')).toEqual(['fi', 'sv', 'en']);
    expect(acceptedLanguages('')).toEqual([]);
  });
});

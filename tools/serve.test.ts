import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStaticServer, normalisePath, resolveFile } from './serve.ts';

const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
mkdirSync(path.join(root, 'en/services'), { recursive: true });
mkdirSync(path.join(root, 'fi/404'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<h1>root</h1>');
writeFileSync(path.join(root, 'en/index.html'), '<h1>en</h1>');
writeFileSync(path.join(root, 'en/services/index.html'), '<h1>services</h1>');
writeFileSync(path.join(root, 'fi/404/index.html'), '<h1>ei löydy</h1>');
writeFileSync(path.join(root, '404.html'), '<h1>missing</h1>');
writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
// The real netlify.toml is used: these tests show the server applies it.
const server = createStaticServer(root);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server with netlify.toml', () => {
  it('serves index.html for directory URLs, with the content type and the CSP of netlify.toml', async () => {
    const response = await fetch(`${base}/en/services/?q=x`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<h1>services</h1>');
  });
  it('redirects / by Accept-Language', async () => {
    const fi = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'fi' } });
    expect([fi.status, fi.headers.get('location')]).toEqual([302, '/fi/']);
    const other = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'sv' } });
    expect([other.status, other.headers.get('location')]).toEqual([302, '/en/']);
  });
  it('redirects directory URLs without a trailing slash', async () => {
    const response = await fetch(`${base}/en/services?q=x`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/services/?q=x');
  });
  it('answers unknown paths with the 404 page of their language and status 404', async () => {
    const fi = await fetch(`${base}/fi/ei-ole/`);
    expect(fi.status).toBe(404);
    expect(await fi.text()).toBe('<h1>ei löydy</h1>');
    const other = await fetch(`${base}/nope/`);
    expect(other.status).toBe(404);
    expect(await other.text()).toBe('<h1>missing</h1>');
  });
  it('never serves files outside the root', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveFile(root, '/app.js')).toBe(path.join(root, 'app.js'));
  });
  it('matches header rules on the decoded, normalised path, as Netlify does', async () => {
    expect(normalisePath('/%65n/services/')).toBe('/en/services/');
    expect(normalisePath('/en/a/../services/')).toBe('/en/services/');
    expect(normalisePath('/en//services')).toBe('/en/services');
    expect(normalisePath('/%E0%A4%A')).toBeUndefined();
    const encoded = await fetch(`${base}/%65n/services/`);
    expect(encoded.status).toBe(200);
    expect(encoded.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
  it('sends the security headers with every response: redirects, 404s and bad requests too', async () => {
    const responses = await Promise.all([
      fetch(`${base}/`, { redirect: 'manual' }),
      fetch(`${base}/en/services?q=x`, { redirect: 'manual' }),
      fetch(`${base}/nope/`),
      fetch(`${base}/%E0%A4%A`),
      fetch(`${base}/app.js`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([302, 301, 404, 400, 200]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy'), response.url).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    }
  });
  it('serves files the way a static host does (sirv): content types, ETags and HEAD', async () => {
    const first = await fetch(`${base}/app.js`);
    expect(first.headers.get('content-type')).toMatch(/^text\/javascript/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/app.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await fetch(`${base}/en/services/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
  it('serves a file added after it started (a rebuilt site)', async () => {
    writeFileSync(path.join(root, 'en/new.json'), '{"a":1}');
    const response = await fetch(`${base}/en/new.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
  });
});

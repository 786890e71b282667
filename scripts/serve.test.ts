import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStaticServer, resolveFile } from './serve.ts';

const root = mkdtempSync(path.join(tmpdir(), 'serve-'));
mkdirSync(path.join(root, 'en/services'), { recursive: true });
writeFileSync(path.join(root, 'en/index.html'), '<h1>en</h1>');
writeFileSync(path.join(root, 'en/services/index.html'), '<h1>services</h1>');
writeFileSync(path.join(root, '404.html'), '<h1>missing</h1>');
writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
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

describe('static server', () => {
  it('serves index.html for directory URLs, with a content type', async () => {
    const response = await fetch(`${base}/en/services/?q=x`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>services</h1>');
  });
  it('redirects directory URLs without a trailing slash', async () => {
    const response = await fetch(`${base}/en/services?q=x`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/services/?q=x');
  });
  it('answers unknown paths with the 404 page and status', async () => {
    const response = await fetch(`${base}/nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>missing</h1>');
  });
  it('never serves files outside the root', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveFile(root, '/app.js')).toBe(path.join(root, 'app.js'));
  });
});

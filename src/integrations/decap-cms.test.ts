import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import type { AstroIntegration } from 'astro';
import { decapCms } from './decap-cms.ts';
import { resolveContentDir } from '../build/content-files.ts';

type Handler = (req: { url: string; originalUrl: string }, res: FakeResponse, next: () => void) => void;

class FakeResponse extends EventEmitter {
  status = 200;
  headers: Record<string, string | number | readonly string[]> = {};
  body = '';
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  writeHead(status: number, headers: Record<string, string> = {}) {
    this.status = status;
    Object.assign(this.headers, headers);
    return this;
  }
  write(chunk: Buffer | string) {
    this.body += chunk.toString();
    return true;
  }
  end(chunk?: Buffer | string) {
    if (chunk) this.body += chunk.toString();
    this.emit('finish');
    return this;
  }
}

/** Runs the integration's dev middleware on one request. */
function devRequest(url: string): Promise<{ status: number; headers: FakeResponse['headers']; body: string; next: boolean }> {
  let handler: Handler | undefined;
  const server = { middlewares: { use: (mount: string, h: Handler) => (mount === '/admin' ? (handler = h) : undefined) } };
  const setup = decapCms(resolveContentDir()).hooks['astro:server:setup'] as unknown as (options: { server: typeof server }) => void;
  setup({ server });
  return new Promise((resolve) => {
    const response = new FakeResponse();
    response.on('finish', () => resolve({ status: response.status, headers: response.headers, body: response.body, next: false }));
    handler!({ url: url.replace(/^\/admin/, '') || '/', originalUrl: url }, response, () => resolve({ status: 0, headers: {}, body: '', next: true }));
  });
}

describe('the Decap CMS integration in the dev server (npm run cms)', () => {
  it('serves the admin page, a freshly generated config.fi.yml and the Decap bundle', async () => {
    const page = await devRequest('/admin/');
    expect(page.body).toContain('<script type="module" src="admin.js">');
    const config = await devRequest('/admin/config.fi.yml');
    expect(config.headers['content-type']).toContain('yaml');
    expect(config.body).toContain('local_backend:');
    const bundle = await devRequest('/admin/decap-cms.js');
    expect(bundle.headers['content-type']).toContain('javascript');
    expect(bundle.body.length).toBeGreaterThan(1_000_000);
  });
  it('redirects /admin to /admin/ and passes other paths on', async () => {
    expect(await devRequest('/admin')).toMatchObject({ status: 301, headers: { location: '/admin/' } });
    expect((await devRequest('/admin/nothing-here.js')).next).toBe(true);
  });
  it('is an Astro integration that writes /admin/ after the build', () => {
    const integration: AstroIntegration = decapCms(resolveContentDir());
    expect(Object.keys(integration.hooks)).toEqual(['astro:build:done', 'astro:server:setup']);
  });
});

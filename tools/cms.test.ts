import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cmsCommands } from './cms.ts';
import { projectRoot } from './serve.ts';

describe('npm run cms', () => {
  it('starts decap-server on the repository (file system mode) and the dev server, both on loopback only', () => {
    const [proxy, site] = cmsCommands({});
    expect(proxy!.env).toEqual({ MODE: 'fs', PORT: '8081', BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: projectRoot });
    expect(existsSync(proxy!.args[0]!)).toBe(true);
    expect(site!.args.slice(1)).toEqual(['dev', '--host', '127.0.0.1', '--port', '4321']);
    expect(site!.env).toEqual({ DECAP_PROXY_PORT: '8081' });
  });
  it('moves both ports together', () => {
    const [proxy, site] = cmsCommands({ DECAP_PROXY_PORT: '9100', PORT: '5000' });
    expect(proxy!.env['PORT']).toBe('9100');
    expect(site!.env).toEqual({ DECAP_PROXY_PORT: '9100' });
    expect(site!.args).toContain('5000');
  });
});

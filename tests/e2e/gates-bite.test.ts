import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { useBrowserAndSite } from '../support/browser.ts';
import { openGatePage } from '../support/browser-gates.ts';

// The broken fixture is served with the real netlify.toml: its inline script must be blocked and reported.
const broken = path.resolve(import.meta.dirname, '../fixtures/broken-site');

const env = useBrowserAndSite(broken);

describe('browser gates bite on a broken fixture', () => {
  it('axe reports the image without alt text, and the CSP gate the inline script', async () => {
    const gate = await openGatePage(env.browser);
    const result = await gate.check(env.site.url('/en/'));
    expect(result.axe.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(result.csp.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    const good = await gate.check(env.site.url('/en/ok/'));
    expect(good).toEqual({ axe: [], csp: [], console: [] });
    await gate.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from '../support/browser.ts';
import { openGatePage } from '../support/browser-gates.ts';

// The broken fixture is served with the real netlify.toml: its inline script must be blocked and reported.
const broken = path.resolve(import.meta.dirname, '../fixtures/broken-site');
let browser: Browser;
let site: SiteServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveSite(broken)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('browser gates bite on a broken fixture', () => {
  it('axe reports the image without alt text, and the CSP gate the inline script', async () => {
    const gate = await openGatePage(browser);
    const result = await gate.check(site.url('/en/'));
    expect(result.axe.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(result.csp.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    const good = await gate.check(site.url('/en/ok/'));
    expect(good).toEqual({ axe: [], csp: [], console: [] });
    await gate.close();
  });
});

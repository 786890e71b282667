import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { useBrowserAndSite } from '../support/browser.ts';
import { openGatePage, reflowContext, sideScroll } from '../support/browser-gates.ts';

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
  it('the reflow gate reports a page that scrolls sideways at 320 CSS px, and not a page that reflows', async () => {
    const context = await env.browser.newContext(reflowContext);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/'));
    // The broken page has no viewport meta tag: a phone lays it out 980px wide and shrinks it.
    expect(await sideScroll(page)).toMatch(/^980px wide on a 320px screen/);
    await page.goto(env.site.url('/en/too-wide/'));
    expect(await sideScroll(page)).toMatch(/^\d+px wide on a 320px screen \(.*\bpre\b/);
    await page.goto(env.site.url('/en/ok/'));
    expect(await sideScroll(page)).toBeUndefined();
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { sitemapPaths } from '../support/gates.ts';
import { openGatePage, reflowContext, sideScroll, smallTargets } from '../support/browser-gates.ts';

const paths = sitemapPaths(path.join(root, 'dist'));

const env = useBrowserAndSite();

/** Lets a page's scripts finish: search pages render their results first. */
async function settle(page: Page) {
  if (await page.locator('#catalogue-search, #site-search').count()) {
    await page.waitForFunction(() => document.documentElement.dataset['searchReady'], null, { timeout: 15_000 }).catch(() => {});
  }
}

describe('every sitemap page in Chromium, served with the headers of netlify.toml', () => {
  it('has no axe-core violations (WCAG 2.1 A/AA), no CSP violation and no console error', { timeout: 900_000 }, async () => {
    const gate = await openGatePage(env.browser);
    const failures: string[] = [];
    for (const urlPath of paths) {
      const result = await gate.check(env.site.url(urlPath), settle);
      failures.push(
        ...result.axe.map((p) => `${urlPath}: axe ${p}`),
        ...result.csp.map((p) => `${urlPath}: CSP ${p}`),
        ...result.console.map((p) => `${urlPath}: console ${p}`),
      );
    }
    await gate.close();
    expect(paths.length).toBeGreaterThan(150);
    expect(failures).toEqual([]);
  });

  // One visit per page at phone size for the three phone checks: each pass over the sitemap costs minutes on CI.
  it(
    'at 320 CSS px: does not scroll sideways (WCAG 1.4.10 Reflow, which axe does not test), shows no word run into a bracket, and has no tap target under 44 CSS px tall (buttons, and links alone on their line)',
    { timeout: 900_000 },
    async () => {
      const context = await env.browser.newContext(reflowContext);
      const page = await context.newPage();
      const wide: string[] = [];
      const joined: string[] = [];
      const small: string[] = [];
      for (const urlPath of paths) {
        await page.goto(env.site.url(urlPath));
        await settle(page);
        const problem = await sideScroll(page);
        if (problem) wide.push(`${urlPath}: ${problem}`);
        // "job search(9 services)": markup that drops the space between a link and its count.
        const runs = await page.evaluate(() => document.body.innerText.match(/\p{L}\((?=\d)[^)]*\)/gu) ?? []);
        joined.push(...runs.map((run) => `${urlPath}: ${run}`));
        small.push(...(await smallTargets(page)).map((target) => `${urlPath}: ${target}`));
      }
      await context.close();
      expect(wide).toEqual([]);
      expect(joined).toEqual([]);
      expect(small).toEqual([]);
    },
  );
});

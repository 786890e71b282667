import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';

/**
 * Layout shift (CLS, a Core Web Vital; Lighthouse measured 0.118 on the favourites page) as Chromium reports it:
 * the sum of layout-shift entries not caused by input, from the first paint until the page's script has drawn.
 * "Good" is at most 0.1; the site's bar is under 0.05. Measured on phones and a desktop: the favourites page with an
 * empty list (Lighthouse's case) and a full one, a pasted catalogue link, and a life situation.
 */
const env = useBrowserAndSite();

async function layoutShift(page: Page, path: string, favourites: string[] = []): Promise<number> {
  await page.addInitScript((slugs) => {
    const at = '2026-11-01T10:00:00.000Z';
    if (slugs.length) localStorage.setItem('spouse-program:favourites', JSON.stringify(slugs.map((slug) => ({ slug, at }))));
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }, favourites);
  await page.goto(env.site.url(path));
  // When the page's script has drawn: the favourites list, the catalogue's first search; a life situation is static.
  await page.waitForFunction((kind) => {
    if (kind === 'favourites') return document.documentElement.dataset['favouritesReady'] === 'true';
    if (kind === 'services') return Boolean(document.documentElement.dataset['searchReady']);
    return document.readyState === 'complete';
  }, path.split('/')[2]);
  // Two frames after the script has drawn, so its last layout is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { cls: number }).cls);
}

describe('layout shift on the favourites page', () => {
  for (const [name, options] of [
    ['a phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
    ['a desktop', { viewport: { width: 1280, height: 800 } }],
  ] as const) {
    it(`stays under 0.05 on ${name}, with no favourites and with three`, async () => {
      for (const favourites of [[], ['work-trial', 'kotiva-language-course-with-childcare', 'library-language-cafe']]) {
        const context = await env.browser.newContext(options);
        const cls = await layoutShift(await context.newPage(), '/en/favourites/', favourites);
        expect(cls, `${favourites.length} favourites`).toBeLessThan(0.05);
        await context.close();
      }
    });
  }
});

describe('layout shift on the catalogue and a life situation', () => {
  for (const [name, options] of [
    ['a 320×640 phone', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true }],
    ['a 390×844 phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
    ['a desktop', { viewport: { width: 1280, height: 800 } }],
  ] as const) {
    it(`stays under 0.05 on ${name}`, async () => {
      for (const path of [
        '/en/services/?municipality=helsinki,espoo,vantaa&cost=free',
        '/fi/services/?q=suomen%20kurssi',
        '/en/services/',
        '/en/life-situations/new-in-finland-with-children/',
        '/fi/life-situations/career-or-studies/',
      ]) {
        const context = await env.browser.newContext(options);
        const cls = await layoutShift(await context.newPage(), path);
        expect(cls, path).toBeLessThan(0.05);
        await context.close();
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';

/** With JavaScript off, no control may do nothing: search controls are hidden and the browse paths stand in. */
const env = useBrowserAndSite();

async function withoutJavaScript(pathname: string): Promise<Page> {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(env.site.url(pathname));
  return page;
}

const visibleSearchControls = (page: Page) =>
  page
    .locator('input[type="search"], input[type="checkbox"], select, button')
    .evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length);

describe('without JavaScript', () => {
  const cases: { pathname: string; notice: string; links: string[] }[] = [
    {
      pathname: '/en/services/?municipality=espoo&language=en&q=finnish',
      notice: 'Search and filters need JavaScript.',
      links: ['/en/municipalities/', '/en/categories/', '/en/life-situations/', '/en/services/a-z/'],
    },
    {
      pathname: '/fi/services/',
      notice: 'Haku ja suodattimet toimivat vain, kun selaimessa on JavaScript käytössä.',
      links: ['/fi/municipalities/', '/fi/categories/', '/fi/life-situations/', '/fi/services/a-z/'],
    },
    {
      pathname: '/fi/search/?q=kela',
      notice: 'Sivuston haku toimii vain, kun selaimessa on JavaScript käytössä.',
      links: ['/fi/municipalities/', '/fi/categories/', '/fi/life-situations/', '/fi/services/a-z/'],
    },
  ];
  for (const { pathname, notice, links } of cases) {
    it(`${pathname} shows the browse paths where results would be, and no search control`, async () => {
      const page = await withoutJavaScript(pathname);
      const box = page.locator('[data-no-script-notice]');
      expect(await box.isVisible()).toBe(true);
      expect(await box.textContent()).toContain(notice);
      expect(await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(links);
      // The notice is on the first screen of a phone, not below a form that cannot work.
      expect((await box.boundingBox())!.y).toBeLessThan(844);
      expect(await visibleSearchControls(page)).toBe(0);
      await page.context().close();
    });
  }

  for (const locale of ['en', 'fi'] as const) {
    it(`offers no search box on the home page, only the browse lists (${locale})`, async () => {
      const page = await withoutJavaScript(`/${locale}/`);
      expect(await visibleSearchControls(page)).toBe(0);
      const browse = page.locator('[data-no-script-browse]');
      expect(await browse.isVisible()).toBe(true);
      expect(await browse.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        ['municipalities', 'categories', 'life-situations', 'services/a-z'].map((path) => `/${locale}/${path}/`),
      );
      expect((await browse.boundingBox())!.y).toBeLessThan(844);
      await page.context().close();
    });
  }

  it('leaves the header search out, since the site search needs JavaScript', async () => {
    const page = await withoutJavaScript('/en/');
    expect(await page.locator('header form[role="search"]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('keeps every control with JavaScript on', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/'));
    expect(await page.locator('#catalogue-search').isVisible()).toBe(true);
    expect(await page.locator('[data-no-script-notice]').count()).toBe(0);
    await page.goto(env.site.url('/en/'));
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(true);
    await context.close();
  });
});

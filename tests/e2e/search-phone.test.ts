import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { sideScroll } from '../support/browser-gates.ts';
import { openFilterGroup, readySerial, waitForSearch } from '../support/search-page.ts';

/**
 * The catalogue on a phone: a shared filtered link shows its results on the first screen, and the filters sit
 * behind one line naming them ("2 filters: Espoo, English · Change") in a dialog with a live "Show N services" button. Desktop keeps the side
 * column.
 */
const env = useBrowserAndSite();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

const resultCount = async (page: Page) => Number((await page.locator('#result-heading').textContent())!.match(/\d+/)![0]);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the catalogue on a phone (390×844, touch)', () => {
  it('shows a shared filtered link’s first result on the first screen, the filters behind a button', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/?municipality=espoo&language=en'));
    await waitForSearch(page);
    const first = (await page.locator('#results [data-service-item]').first().boundingBox())!;
    expect(first.y).toBeLessThan(844 - 100);
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    expect(await page.locator('#filters-toggle').textContent()).toBe('2 filters: Espoo, English · Change');
    expect(await sideScroll(page, 390)).toBeUndefined();
    await context.close();
  });

  it('opens the filters in a dialog that keeps the count live, and closes with Escape or Show', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/?municipality=espoo'));
    await waitForSearch(page);
    const before = await resultCount(page);

    await page.locator('#filters-toggle').tap();
    expect(await page.locator('#filters-dialog').evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    expect(await focusedId(page)).toBe('filters-close');
    expect(await page.locator('#filters-dialog #search-filters').isVisible()).toBe(true);
    expect(await page.locator('#filters-show').textContent()).toBe(`Show ${before} services`);
    expect(await runAxe(page)).toEqual([]);

    // Tick a filter: the Show button and the dialog's own live region carry the new count.
    const serial = await readySerial(page);
    await openFilterGroup(page, 'cost');
    await page.locator('#f-cost-paid').tap();
    await waitForSearch(page, serial);
    const after = await resultCount(page);
    expect(after).toBeLessThan(before);
    expect(await page.locator('#filters-show').textContent()).toBe(after === 1 ? 'Show 1 service' : `Show ${after} services`);
    expect((await page.locator('#filters-show').boundingBox())!.y).toBeLessThan(844);
    await expect.poll(() => page.locator('#filters-announcer').textContent()).toMatch(/^\d+ services? found$|^1 service found$/);
    expect(page.url()).toContain('cost=paid');

    // Escape closes it and gives focus back to the button, which now names two filters.
    await page.keyboard.press('Escape');
    expect(await page.locator('#filters-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await expect.poll(() => focusedId(page)).toBe('filters-toggle');
    expect(await page.locator('#filters-toggle').textContent()).toBe('2 filters: Espoo, Paid · Change');
    expect(await page.locator('#search-filters').isVisible()).toBe(false);

    // Show N services closes it and lands on the results.
    await page.locator('#filters-toggle').tap();
    await page.locator('#filters-show').tap();
    // Still there once the dialog's close event has run.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await focusedId(page)).toBe('result-heading');
    const heading = (await page.locator('#result-heading').boundingBox())!;
    expect(heading.y).toBeGreaterThan(0);
    expect(heading.y).toBeLessThan(844);
    await context.close();
  });

  it('says it in Finnish', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/fi/services/?municipality=espoo&cost=free'));
    await waitForSearch(page);
    expect(await page.locator('#filters-toggle').textContent()).toBe('2 suodatinta: Espoo, Maksuton · Muuta');
    await page.locator('#filters-toggle').tap();
    expect(await page.locator('#filters-show').textContent()).toMatch(/^Näytä \d+ palvelua$/);
    expect(await page.locator('#filters-close').textContent()).toBe('Sulje');
    await context.close();
  });

  it('shows the count of a typed search without scrolling', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/'));
    const serial = await waitForSearch(page);
    await page.locator('#search-q').fill('Finnish course');
    await page.locator('#catalogue-search button[type="submit"]').tap();
    await waitForSearch(page, serial);
    const heading = (await page.locator('#result-heading').boundingBox())!;
    expect(heading.y + heading.height).toBeLessThan(844);
    expect(await page.locator('#result-heading').textContent()).toContain('for “Finnish course”');
    await context.close();
  });
});

describe('the catalogue on a desktop (1280 px)', () => {
  it('keeps the filters in the side column, with no Filters button', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.site.url('/en/services/?municipality=espoo'));
    await waitForSearch(page);
    expect(await page.locator('#filters-toggle').isVisible()).toBe(false);
    expect(await page.locator('#filters-home #search-filters').isVisible()).toBe(true);
    const filters = (await page.locator('#search-filters').boundingBox())!;
    const results = (await page.locator('#results').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    await page.close();
  });
});

describe('popular searches on a phone (320×640, touch)', () => {
  const note = { en: 'replaces the words and filters you have chosen', fi: 'korvaa valitsemasi hakusanat ja suodattimet' } as const;
  const filterLine = { en: '1 filter: Espoo · Change', fi: '1 suodatin: Espoo · Muuta' } as const;
  for (const locale of ['en', 'fi'] as const) {
    it(`says before the tap that a popular search replaces the chosen filters, and it does (${locale})`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(env.site.url(`/${locale}/services/?municipality=espoo`));
      await waitForSearch(page);
      expect(await page.locator('#filters-toggle').textContent()).toBe(filterLine[locale]);
      const said = page.locator('[data-popular-note]');
      await said.scrollIntoViewIfNeeded();
      expect(await said.isVisible()).toBe(true);
      expect(await said.textContent()).toContain(note[locale]);
      const popular = page.locator('section:has(#popular-heading) a').first();
      const expected = new URL((await popular.getAttribute('href'))!, page.url());
      await popular.tap();
      await page.waitForURL((url) => url.search === expected.search);
      await waitForSearch(page);
      expect(await page.locator('#filters-toggle').textContent()).not.toBe(filterLine[locale]);
      await context.close();
    });
  }
});

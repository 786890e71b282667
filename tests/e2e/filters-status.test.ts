import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { openFilterGroup, waitForSearch } from '../support/search-page.ts';

/**
 * The polite live status while the filter dialog is open, on a phone (320×640 and 390×844, touch) in both
 * languages: quick ticks are read out once, with the count they settle on, and neither the dialog's status nor the
 * page's keeps an older count.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const say = {
  en: { query: 'course', found: (n: number) => (n === 1 ? '1 service found' : `${n} services found`) },
  fi: { query: 'kurssi', found: (n: number) => (n === 1 ? 'Löytyi 1 palvelu' : `Löytyi ${n} palvelua`) },
};
const count = async (page: Page) => Number((await page.locator('#result-heading').textContent())!.match(/\d+/)![0]);
const text = (page: Page, selector: string) => page.locator(selector).textContent();

describe('the live status with the filter dialog open', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`announces the current count once, and no region keeps an old one (${name}, ${locale})`, async () => {
        const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true });
        const page = await context.newPage();
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        await page.locator('#search-q').fill(say[locale].query);
        await page.locator('#search-q').press('Enter');
        await expect.poll(() => text(page, '#result-announcer'), { timeout: 15_000 }).toMatch(/\d/);
        const before = await count(page);
        expect(await text(page, '#result-announcer')).toBe(say[locale].found(before));

        await page.locator('#filters-toggle').tap();
        await page.evaluate(() => {
          const said: string[] = [];
          (window as unknown as { said: string[] }).said = said;
          const region = document.getElementById('filters-announcer')!;
          new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        // Two quick ticks: one announcement, of the count they settle on.
        await openFilterGroup(page, 'municipality');
        await page.locator('#f-municipality-helsinki').tap();
        await page.locator('#f-municipality-espoo').tap();
        await expect.poll(() => page.locator('#filters-show').textContent(), { timeout: 15_000 }).toMatch(/\d/);
        await page.waitForTimeout(1500);
        const after = await count(page);
        expect(after).not.toBe(before);
        expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([say[locale].found(after)]);
        // The page's own status, behind the modal, holds the same count for when the dialog closes.
        expect(await text(page, '#result-announcer')).toBe(say[locale].found(after));

        await page.keyboard.press('Escape');
        expect(await text(page, '#result-announcer')).toBe(say[locale].found(after));
        await context.close();
      });
    }
  }
});

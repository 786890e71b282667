import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';

/**
 * The header's menu on a phone (320×640 and 390×844, touch) in both languages: every item reachable and in view
 * without scrolling sideways, each a 44 px target, by touch, by keyboard and without JavaScript; on a wide screen
 * the items are shown as they are.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const items = {
  en: ['Home', 'Favourites'],
  fi: ['Etusivu', 'Suosikit'],
} as const;
const menuWord = { en: 'Menu', fi: 'Valikko' };

/** Every menu link's box, and whether any is cut off by the screen's edges or by a scrolling list. */
async function menuLinks(page: Page, width: number) {
  const links = page.locator('.site-nav a');
  const boxes = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
  const scrollers = await page.locator('.site-nav ul').evaluate((ul) => ul.scrollWidth > ul.clientWidth);
  return { count: boxes.length, boxes, cut: scrollers || boxes.some((b) => b.left < 0 || b.right > width) };
}

describe('the header menu on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      for (const javaScriptEnabled of [true, false]) {
        it(`shows every item in view, 44 px each, by touch and keyboard (${name}, ${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
          const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(env.site.url(`/${locale}/services/`));
          const summary = page.locator('.site-nav summary');
          expect((await summary.textContent())?.trim()).toBe(menuWord[locale]);
          const box = (await summary.boundingBox())!;
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.width).toBeGreaterThanOrEqual(44);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height / 3);

          await summary.tap();
          const menu = await menuLinks(page, viewport.width);
          expect(menu.count).toBe(6);
          expect(menu.cut).toBe(false);
          for (const b of menu.boxes) {
            expect(b.height).toBeGreaterThanOrEqual(44);
            expect(b.width).toBeGreaterThanOrEqual(44);
            expect(b.bottom).toBeLessThanOrEqual(viewport.height);
          }
          for (const label of items[locale]) expect(await page.getByRole('link', { name: label, exact: true }).isVisible()).toBe(true);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

          // By keyboard: closed again, then opened with Enter from the summary; Tab reaches "Favourites".
          await summary.tap();
          expect(await page.getByRole('link', { name: items[locale][1], exact: true }).isVisible()).toBe(false);
          await summary.focus();
          await page.keyboard.press('Enter');
          let reached = false;
          for (let n = 0; n < 8 && !reached; n++) {
            await page.keyboard.press('Tab');
            reached = await page.evaluate((label) => document.activeElement?.textContent?.trim() === label, items[locale][1]);
          }
          expect(reached).toBe(true);
          await page.keyboard.press('Enter');
          await page.waitForURL(`**/${locale}/favourites/`);
          await context.close();
        });
      }
    }
  }

  it('shows the items without the Menu summary on a wide screen', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url('/en/'));
    expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
    const menu = await menuLinks(page, 1280);
    expect(menu.count).toBe(6);
    for (const b of menu.boxes) expect(b.y).toBeLessThan(200);
    expect(await page.getByRole('link', { name: 'Favourites', exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    let reached = false;
    for (let n = 0; n < 12 && !reached; n++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Favourites');
    }
    expect(reached).toBe(true);
    await page.close();
  });
});

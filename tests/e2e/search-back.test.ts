import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { waitForSearch } from '../support/search-page.ts';

/** A phone user taps a result far down the list, reads the service and comes Back: the tapped card is in view. */
const env = useBrowserAndSite();

describe('Back to the catalogue results', () => {
  it('restores the results and the scroll position at 390 px with touch', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/?municipality=helsinki'));
    await waitForSearch(page);
    const card = page.locator('#results [data-service-item]').nth(12);
    const slug = await card.getAttribute('data-service-item');
    await card.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);
    await card.locator('a').first().tap();
    await page.waitForURL(`**/en/services/${slug}/`);
    await page.goBack();
    await waitForSearch(page);
    expect(page.url()).toBe(env.site.url('/en/services/?municipality=helsinki'));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50);
    const box = (await page.locator(`#results [data-service-item="${slug}"]`).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844);
    await context.close();
  });
});

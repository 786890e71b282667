import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { waitForSearch } from '../support/search-page.ts';

/**
 * Childcare, an interpreter and plain language are support for taking part, not accessibility: their own facet,
 * old links mapped to it, shown on the result cards; and the tray for parents at home lists each service once,
 * without services only for professionals. On a phone (390×844, touch).
 */
const env = useBrowserAndSite();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

describe('support for taking part', () => {
  it('opens an old accessibility link as the support filter, and the cards show cost, municipalities and support', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/?category=integration&access=childcare'));
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe('?category=integration&support=childcare');
    expect(await page.locator('#search-notes').isHidden()).toBe(true);
    expect(await page.locator('#active-filters button').allTextContents()).toEqual([
      'Service category – Integration services ×',
      'Childcare, interpreting and other support – Childcare available ×',
    ]);
    const cards = page.locator('#results [data-service-item]');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const meta of await cards.locator('.meta').allTextContents()) {
      expect(meta).toContain('Childcare available');
      expect(meta).toMatch(/Free of charge|Paid|Cost varies/);
      expect(meta).toMatch(/Helsinki|Espoo|Vantaa|Kerava|Porvoo|Raseborg|Hanko|All municipalities/);
    }
    // The facet has its own group in the filters, apart from accessibility.
    await page.locator('#filters-toggle').tap();
    expect(await page.locator('[data-filter-group="support"] summary').textContent()).toContain('Childcare, interpreting and other support');
    expect(await page.locator('#f-support-childcare').isChecked()).toBe(true);
    expect(await page.locator('[data-filter-group="access"] input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).not.toContain(
      'childcare',
    );
    await context.close();
  });

  it('says it in Finnish', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/fi/services/?support=interpreter'));
    await waitForSearch(page);
    expect(await page.locator('#active-filters button').allTextContents()).toEqual(['Lastenhoito, tulkkaus ja muu tuki – Tulkki pyydettäessä ×']);
    expect(await page.locator('#results [data-service-item] .meta').first().textContent()).toContain('Tulkki pyydettäessä');
    await context.close();
  });

  it('lists each service of the tray for parents at home once, and none meant only for professionals', async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(env.site.url('/en/life-situations/new-in-finland-with-children/'));
    const slugs = await page.locator('main [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!));
    expect(slugs.length).toBeGreaterThan(5);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('integration-network-for-professionals');
    expect(await page.locator('main [data-service-item] .meta:not([data-where])').first().textContent()).toMatch(/Free of charge|Paid|Cost varies/);
    await context.close();
  });
});

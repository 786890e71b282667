import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { readYamlDir } from '../support/demo-content.ts';

const calendar = readYamlDir('calendar');

const env = useBrowserAndSite();

describe('calendar in Chromium', () => {
  it('is axe-clean in both locales', async () => {
    const page = await env.browser.newPage();
    for (const path of ['/en/calendar/', '/fi/calendar/companies/']) {
      await page.goto(env.site.url(path));
      expect(await runAxe(page), path).toEqual([]);
    }
    await page.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`filters by audience ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(env.site.url('/en/calendar/'));
      await page.getByRole('link', { name: 'Companies', exact: true }).click();
      await page.waitForURL('**/en/calendar/companies/');
      const shown = await page
        .locator('[data-calendar-entry]')
        .evaluateAll((items) => [...new Set(items.map((li) => li.getAttribute('data-calendar-entry')))].sort());
      expect(shown).toEqual(
        calendar
          .filter((e) => e.data.audiences.includes('companies'))
          .map((e) => e.id)
          .sort(),
      );
      await context.close();
    });
  }

  it('gives the year picture a text equivalent', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/calendar/'));
    const figure = page.locator('figure.year-glance');
    expect(await figure.locator('figcaption').textContent()).toContain('kuukausittain');
    const months = await figure.locator('.year-grid__month').allInnerTexts();
    expect(months).toHaveLength(12);
    expect(months[0]).toMatch(/^Tammikuu\n\d+ tapahtumaa/);
    await page.close();
  });
});

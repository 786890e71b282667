import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { reflowContext, smallTargets, TAP_TARGET } from '../support/browser-gates.ts';
import { waitForSearch } from '../support/search-page.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import fi from '../../src/i18n/strings/fi.json' with { type: 'json' };

/**
 * A person in a hurry on a 320×640 touch phone (and a keyboard on a desktop), in both languages: site search by
 * other Finnish forms of a page's words, the filters a hurried person needs first, a folded filter line that names
 * what is chosen, 44 px targets, a quick way from the filters to the results, life situations that say where, the
 * feedback form naming its service from the start, and two search boxes told apart.
 */
const env = useBrowserAndSite();
const strings = { en, fi } as const;
const locales = ['en', 'fi'] as const;

async function onPhone(test: (page: Page, context: BrowserContext) => Promise<void>, viewport = reflowContext.viewport) {
  const context = await env.browser.newContext({ ...reflowContext, viewport });
  try {
    await test(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

async function siteResults(page: Page, locale: string, q: string): Promise<string[]> {
  await page.goto(env.site.url(`/${locale}/search/?q=${encodeURIComponent(q)}`));
  await page.waitForFunction(() => (document.documentElement.dataset['searchReady'] ?? '').startsWith('site-'));
  return page.locator('#site-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('site search by other forms of the words (320×640, touch)', () => {
  // Forms that appear on no page and in no code: each is another case or number of a word the page has.
  const cases = [
    { locale: 'fi', q: 'liittyminen', page: '/fi/join/' },
    { locale: 'fi', q: 'liittymisestä', page: '/fi/join/' },
    { locale: 'fi', q: 'liittymiseen', page: '/fi/join/' },
    { locale: 'fi', q: 'uutiskirjeeseen', page: '/fi/join/' },
    { locale: 'fi', q: 'työllistymispolulla', page: '/fi/employment-path/' },
    { locale: 'fi', q: 'työllistymispolusta', page: '/fi/employment-path/' },
    { locale: 'fi', q: 'saavutettavuusselosteesta', page: '/fi/accessibility/' },
    { locale: 'en', q: 'joining', page: '/en/join/' },
    { locale: 'en', q: 'newsletters', page: '/en/join/' },
  ] as const;
  it('finds the program page among the first three results', async () => {
    await onPhone(async (page) => {
      for (const { locale, q, page: wanted } of cases) {
        expect((await siteResults(page, locale, q)).slice(0, 3), `${locale}: ${q}`).toContain(wanted);
      }
    });
  });

  for (const locale of locales) {
    it(`hides the previous results while the next search runs, then focuses its count (${locale})`, async () => {
      await onPhone(async (page) => {
        await siteResults(page, locale, 'kela');
        expect(await page.locator('#site-results li').count()).toBeGreaterThan(0);
        // The index's chunks for the next word are held back, so the search is caught while it runs.
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/pagefind/**', async (route) => {
          await held;
          await route.continue().catch(() => {});
        });
        const before = await page.evaluate(() => document.documentElement.dataset['searchReady']);
        await page.locator('#site-search-page-q').fill('zzqxjvw työ');
        await page.locator('#site-search button[type="submit"]').tap();
        await expect.poll(() => page.locator('#site-result-heading').textContent()).toBe(strings[locale]['search.loading']);
        expect(await page.locator('#site-results').isVisible()).toBe(false);
        release();
        await page.waitForFunction((prev) => document.documentElement.dataset['searchReady'] !== prev, before);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-result-heading');
        await page.unroute('**/pagefind/**');
      });
    });
  }
});

describe('the filter panel and its folded line on a 320 px phone', () => {
  for (const locale of locales) {
    it(`lists place, cost, language and when first, in reach of the first screen (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        const groups = await page.locator('[data-filter-group]').evaluateAll((all) => all.map((g) => g.getAttribute('data-filter-group')));
        expect(groups.slice(0, 4)).toEqual(['municipality', 'cost', 'language', 'when']);
        await page.locator('#filters-toggle').tap();
        for (const key of ['municipality', 'cost', 'language', 'when']) {
          const box = (await page.locator(`#filters-dialog [data-filter-group="${key}"] summary`).boundingBox())!;
          expect(box.y + box.height, key).toBeLessThanOrEqual(640);
        }
      });
    });

    it(`names every chosen filter that fits, counts the rest, and keeps "Change" a 44 px target (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki,vantaa&cost=free&language=en`));
        await waitForSearch(page);
        const toggle = page.locator('#filters-toggle');
        const line = (await toggle.textContent())!;
        // The link of the trial (Helsinki, Vantaa, English, free): every name, in the filters' order.
        const names = locale === 'en' ? 'Helsinki, Vantaa, English, Free of charge' : 'Helsinki, Vantaa, Englanti, Maksuton';
        expect(line).toBe(
          `${strings[locale]['search.filtersFolded'].replace('{count}', '4').replace('{labels}', names)} · ${strings[locale]['search.filtersChange']}`,
        );
        // Nothing of the line is cut off at 320 px, and the whole button (with "Change") is at least 44 px tall.
        const clipped = await page.locator('.filters-toggle__summary').evaluate((span) => span.scrollHeight > span.clientHeight + 1);
        expect(clipped).toBe(false);
        expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
        // Many filters: the names that fit and a count of the others.
        await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki,vantaa,espoo,kerava&cost=free&language=en`));
        await waitForSearch(page);
        expect(await toggle.textContent()).toMatch(locale === 'en' ? /^6 filters: .+ \+\d more · Change$/ : /^6 suodatinta: .+ \+\d muuta · Muuta$/);
        expect(await page.locator('.filters-toggle__summary').evaluate((span) => span.scrollHeight > span.clientHeight + 1)).toBe(false);
      });
    });
  }
});

describe('tap targets at 320 px', () => {
  for (const locale of locales) {
    it(`are at least 44 px tall: calendar audience switch, footer and program links, A–Z letters, save buttons (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/calendar/`));
        for (const link of await page.locator('.audience-filter a, .site-footer a').all()) {
          expect((await link.boundingBox())!.height, (await link.textContent())!).toBeGreaterThanOrEqual(TAP_TARGET);
        }
        expect(await smallTargets(page)).toEqual([]);
        await page.goto(env.site.url(`/${locale}/services/a-z/`));
        const letters = page.locator('.az-letters a');
        expect(await letters.count()).toBeGreaterThan(10);
        for (const letter of await letters.all()) {
          const box = (await letter.boundingBox())!;
          expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(TAP_TARGET);
        }
        await page.goto(env.site.url(`/${locale}/about/`));
        for (const link of await page.locator('.program-nav a').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        const save = page.locator('#results [data-favourite-toggle]').first();
        await save.waitFor();
        expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
      });
    });
  }
});

describe('from the filters to the results by keyboard (1280×800)', () => {
  for (const locale of locales) {
    it(`ends each open filter group with "Show results", which takes focus to the count (${locale})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(env.site.url(`/${locale}/services/?q=${locale === 'en' ? 'job' : 'työ'}`));
      const serial = await waitForSearch(page);
      await page.locator('[data-filter-group="language"] summary').focus();
      await page.keyboard.press('Enter');
      await page.locator('#f-language-en').focus();
      await page.keyboard.press('Space');
      await waitForSearch(page, serial);
      expect(new URL(page.url()).searchParams.get('language')).toBe('en');
      // From the ticked box: the group's other boxes, then the link.
      let tabs = 0;
      const options = await page.locator('[data-filter-group="language"] input').count();
      while (tabs < options + 2 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-show-results')))) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(strings[locale]['search.showResultsLink']);
      expect(tabs).toBeLessThan(options + 1);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(true);
      await page.close();
    });

    it(`focuses the result count after a search from the home page and from the catalogue (${locale})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(env.site.url(`/${locale}/`));
      await page.locator('#home-search-q').fill(locale === 'en' ? 'CV' : 'CV');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === `/${locale}/services/`);
      await waitForSearch(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
      expect(new URL(page.url()).hash).toBe('');
      expect(new URL(page.url()).searchParams.get('q')).toBe('CV');
      const serial = await waitForSearch(page, '');
      await page.locator('#search-q').fill(locale === 'en' ? 'work trial' : 'työkokeilu');
      await page.keyboard.press('Enter');
      await waitForSearch(page, serial);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
      await page.close();
    });
  }
});

describe('life situations, the support filter and the two search boxes (320×640)', () => {
  for (const locale of locales) {
    it(`says where each service is and offers to save it (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/life-situations/new-in-finland-with-children/`));
        const items = page.locator('main [data-service-item]');
        const count = await items.count();
        expect(count).toBeGreaterThan(1);
        expect(await page.locator('main [data-service-item] [data-where]').count()).toBe(count);
        const where = strings[locale]['service.where'];
        for (const text of await page.locator('main [data-service-item] [data-where]').allTextContents()) expect(text).toMatch(new RegExp(`^${where}: \\S`));
        const save = items.first().locator('[data-favourite-toggle]');
        await save.waitFor();
        expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
        await save.tap();
        expect(await save.getAttribute('data-saved')).toBe('true');
      });
    });

    it(`names childcare in the support filter's heading (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        const heading = await page.locator('[data-filter-group="support"] summary').textContent();
        expect(heading).toContain(locale === 'en' ? 'Childcare' : 'Lastenhoito');
      });
    });

    it(`labels the home page's two search boxes apart and keeps the site search a link away on the catalogue (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/`));
        const site = await page.locator('label[for="site-search-q"]').textContent();
        const services = await page.locator('label[for="home-search-q"]').textContent();
        expect(site?.trim()).toBe(strings[locale]['siteSearch.label']);
        expect(services?.trim()).toBe(strings[locale]['home.searchLabel']);
        expect(services).toMatch(locale === 'en' ? /service/ : /palvelu/);
        await page.goto(env.site.url(`/${locale}/services/`));
        const link = page.locator('header [data-site-search-link]');
        expect(await link.isVisible()).toBe(true);
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
        await link.tap();
        await page.waitForURL((url) => url.pathname === `/${locale}/search/`);
      });
    });
  }
});

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { reflowContext, smallTargets, TAP_TARGET } from '../support/browser-gates.ts';
import { readServices } from '../support/demo-content.ts';
import { reportAnError } from '../support/feedback.ts';
import { waitForSearch } from '../support/search-page.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import fi from '../../src/i18n/strings/fi.json' with { type: 'json' };

/**
 * What a new user found on a 320×640 touch phone, in both languages: a service page's "On this page" row to the
 * facts and the contacts; an address link that says it opens a map; a thanks page that leads back to the service,
 * and Back that shows the form as sent; a pasted catalogue link whose first result is in the first screen, with or
 * without a notice about the link; the municipality filter open from the start; and one search box on the home
 * page's first screen.
 */
const env = useBrowserAndSite();
const strings = { en, fi } as const;
const locales = ['en', 'fi'] as const;
const HEIGHT = reflowContext.viewport.height;

async function onPhone(test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await env.browser.newContext(reflowContext);
  try {
    await test(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const bottomOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.y + box.height;
};

/** Where the first line of an element's text ends. */
const firstLineBottom = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getClientRects()[0]!.bottom;
    });

const services = readServices().filter((s) => s.locale === 'en' && s.data.status !== 'draft');
const withAddress = services.find((s) => s.data.locations?.some((l: { address?: string }) => l.address))!;

describe('a service page\'s "On this page" row at 320×640', () => {
  for (const locale of locales) {
    it(`is in the first screen, 44 px targets, and Contact scrolls the contacts into view (${locale})`, async () => {
      await onPhone(async (page) => {
        for (const slug of ['work-trial', 'library-language-cafe', 'international-house-helsinki-guidance']) {
          await page.goto(env.site.url(`/${locale}/services/${slug}/`));
          const row = page.locator('nav[data-on-this-page]');
          expect(await row.getAttribute('aria-label'), slug).toBe(strings[locale]['service.onThisPage']);
          expect(await bottomOf(page, 'nav[data-on-this-page]'), slug).toBeLessThanOrEqual(HEIGHT);
          const links = row.locator('a');
          // Where (and when), cost, how to take part and contact, in the page's order, each a 44 px target.
          const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
          expect(hrefs, slug).toEqual(['#fact-where', '#fact-cost', '#fact-take-part', '#contacts']);
          for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
            expect(box.height, slug).toBeGreaterThanOrEqual(TAP_TARGET);
            expect(box.width, slug).toBeGreaterThanOrEqual(TAP_TARGET);
          }
          // Before the main action and the facts: the page's own order is kept below it.
          expect(await bottomOf(page, 'nav[data-on-this-page]')).toBeLessThanOrEqual((await page.locator('[data-key-facts]').boundingBox())!.y);
        }
        await page.goto(env.site.url(`/${locale}/services/work-trial/`));
        expect(await page.locator('nav[data-on-this-page] a').first().textContent()).toBe(strings[locale]['service.jump.whenWhere']);
        await page.locator('nav[data-on-this-page] a[href="#contacts"]').tap();
        await expect
          .poll(async () => {
            const box = (await page.locator('#contacts').boundingBox())!;
            return box.y >= 0 && box.y + box.height <= HEIGHT;
          })
          .toBe(true);
        expect(new URL(page.url()).hash).toBe('#contacts');
        await page.goBack();
        await page.locator('nav[data-on-this-page] a[href="#fact-cost"]').tap();
        await expect.poll(async () => (await page.locator('#fact-cost').boundingBox())!.y).toBeLessThan(HEIGHT / 4);
        expect(await firstLineBottom(page, '[data-fact="cost"]')).toBeLessThanOrEqual(HEIGHT);
      });
    });
  }
});

describe('an address on a service page at 320×640', () => {
  for (const locale of locales) {
    it(`says in sight that its link opens a map (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/${withAddress.slug}/`));
        const link = page.locator('a[data-map-link]').first();
        await link.scrollIntoViewIfNeeded();
        const where = link.locator('.map-link__where');
        expect(await where.textContent()).toBe(strings[locale]['service.openInMap']);
        // Shown, not only read out: a box of its own size, inside the screen, the address above it.
        const box = (await where.boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        expect(box.height).toBeGreaterThan(10);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        expect(await where.evaluate((span) => getComputedStyle(span).clipPath)).toBe('none');
        expect(await link.innerText()).toContain(strings[locale]['service.openInMap']);
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
      });
    });
  }
});

describe('reporting an error at 320×640', () => {
  for (const locale of locales) {
    it(`thanks with a link back to the service, and Back shows the form as sent, empty (${locale})`, async () => {
      await onPhone(async (page) => {
        const name = await reportAnError(page, env.site.url(`/${locale}/services/work-trial/`));
        expect(new URL(page.url()).pathname).toBe(`/${locale}/feedback/thanks/`);
        // The page it was about went with the form, in the thanks page's fragment (and in a hidden field, below).
        expect(new URL(page.url()).hash).toBe(`#back=%2F${locale}%2Fservices%2Fwork-trial%2F`);
        const back = page.locator('[data-back-to-service] a');
        expect(await back.isVisible()).toBe(true);
        expect(await back.getAttribute('href')).toBe(`/${locale}/services/work-trial/`);
        expect(await back.textContent()).toBe(`${strings[locale]['feedback.backToService']}: ${name}`);
        expect(await bottomOf(page, '[data-back-to-service] a')).toBeLessThanOrEqual(HEIGHT);
        // The home page's link stays.
        expect(await page.locator(`.home-links a[href="/${locale}/"]`).isVisible()).toBe(true);

        await page.goBack();
        await page.waitForURL((url) => url.pathname === `/${locale}/feedback/`);
        // The note that it went, in the first screen whatever the scroll position was when the form was sent.
        await expect
          .poll(async () => {
            const box = await page.locator('[data-feedback-sent]').boundingBox();
            return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
          })
          .toBe(true);
        expect(await page.locator('[data-feedback-sent]').textContent()).toBe(strings[locale]['feedback.sent']);
        expect(await page.inputValue('#feedback-message')).toBe('');
        // Ready for another report about the same service.
        expect(await page.inputValue('#feedback-page')).toBe(name);
        expect(await page.inputValue('#feedback-back')).toBe(`/${locale}/services/work-trial/`);
        await page.goBack();
        await page.waitForURL((url) => url.pathname === `/${locale}/services/work-trial/`);
      });
    });
  }

  it('links back only to a path on this site; anything else leaves the home page link alone', async () => {
    await onPhone(async (page) => {
      const line = page.locator('[data-back-to-service]');
      await page.goto(env.site.url('/en/feedback/thanks/#back=%2Fen%2Fabout%2F'));
      expect(await line.isVisible()).toBe(true);
      expect(await line.locator('a').getAttribute('href')).toBe('/en/about/');
      expect(await line.locator('a').textContent()).toBe(en['feedback.backToPage']);
      for (const hostile of ['https://example.com/', '//example.com/', '/\\example.com/', 'javascript:alert(1)', '/en/feedback/', 'en/about/']) {
        await page.goto(env.site.url('/en/'));
        await page.goto(env.site.url(`/en/feedback/thanks/#back=${encodeURIComponent(hostile)}`));
        expect(await line.isHidden(), hostile).toBe(true);
        expect(await page.locator('.home-links a[href="/en/"]').isVisible(), hostile).toBe(true);
      }
      // A link from elsewhere that names another site is not passed on by the form either.
      await page.goto(env.site.url('/en/feedback/?from=https%3A%2F%2Fexample.com%2F'));
      await page.waitForLoadState('networkidle');
      expect(await page.inputValue('#feedback-back')).toBe('');
    });
  });
});

/** Two filters, the kind of link staff paste; and the same with a value the catalogue does not know. */
const pasted = [
  '/LOCALE/services/?municipality=helsinki&cost=free',
  '/LOCALE/services/?municipality=espoo&when=evening',
  '/LOCALE/services/?municipality=helsinki&cost=free&colour=red',
  '/LOCALE/services/?municipality=vantaa&category=no-such-category&situation=at-home-with-children',
];

describe('a pasted catalogue link at 320×640', () => {
  for (const locale of locales) {
    it(`shows the first result's name and first line in the first screen, with and without a notice about the link (${locale})`, async () => {
      await onPhone(async (page) => {
        for (const path of pasted.map((p) => p.replace('LOCALE', locale))) {
          await page.goto(env.site.url(path));
          await waitForSearch(page);
          const noticed = path.includes('red') || path.includes('no-such');
          expect(await page.locator('#search-notes').isVisible(), path).toBe(noticed);
          if (noticed) {
            // One line that says so, the details behind it; opened, they name what was ignored.
            const summary = page.locator('#search-notes summary');
            expect(await summary.textContent()).toBe(strings[locale]['search.ignoredSummary']);
            const line = await summary.evaluate((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            });
            expect(line, path).toBe(1);
            expect((await summary.boundingBox())!.height, path).toBeGreaterThanOrEqual(TAP_TARGET);
          }
          expect(await bottomOf(page, '#results [data-service-item] h3'), path).toBeLessThanOrEqual(HEIGHT);
          expect(await firstLineBottom(page, '#results [data-service-item] h3 + p'), path).toBeLessThanOrEqual(HEIGHT);
          // The folded filter line wraps as a sentence: "· Change" follows the names, not floated apart from them.
          const toggle = (await page.locator('#filters-toggle').boundingBox())!;
          const change = (await page.locator('.filters-toggle__change').boundingBox())!;
          const names = await page.locator('.filters-toggle__summary').evaluate((span) => [...span.getClientRects()].map((r) => r.toJSON() as DOMRect));
          const last = names.at(-1)!;
          if (Math.abs(change.y - last.y) < 2) expect(change.x - (last.x + last.width), path).toBeLessThan(12);
          else expect(change.x - toggle.x, path).toBeLessThan(20);
          expect(await smallTargets(page), path).toEqual([]);
        }
        await page.goto(env.site.url(pasted[2]!.replace('LOCALE', locale)));
        await waitForSearch(page);
        await page.locator('#search-notes summary').tap();
        expect(await page.locator('#search-notes li').first().isVisible()).toBe(true);
        expect(await page.locator('#search-notes li').first().textContent()).toBe('colour=red');
      });
    });
  }
});

describe('the filter panel at 320×640', () => {
  for (const locale of locales) {
    it(`opens with the municipality group open, as on a wide screen (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        await page.locator('#filters-toggle').tap();
        const municipality = page.locator('#filters-dialog details[data-filter-group="municipality"]');
        expect(await municipality.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
        // Its places are in view, and the next groups' headings still start in the first screen.
        expect(await page.locator('#f-municipality-helsinki').isVisible()).toBe(true);
        expect(await bottomOf(page, '#filters-dialog [data-filter-group="municipality"] li:last-child')).toBeLessThanOrEqual(HEIGHT);
        for (const key of ['cost', 'language', 'when']) {
          expect(await bottomOf(page, `#filters-dialog [data-filter-group="${key}"] summary`), key).toBeLessThanOrEqual(HEIGHT);
        }
        await page.locator('#f-municipality-espoo').tap();
        await expect.poll(() => new URL(page.url()).searchParams.get('municipality')).toBe('espoo');
      });
    });
  }
});

describe('the home page at 320×640', () => {
  for (const locale of locales) {
    it(`has one search box in view, the catalogue's, and the site search a link away (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/`));
        const boxes = await page
          .locator('input[type="search"]')
          .evaluateAll((inputs) => inputs.filter((input) => input.getClientRects().length > 0).map((input) => input.id));
        expect(boxes).toEqual(['home-search-q']);
        expect(await bottomOf(page, '#home-search-q')).toBeLessThanOrEqual(HEIGHT);
        const link = page.locator('header [data-site-search-link]');
        expect(await link.isVisible()).toBe(true);
        expect(await link.textContent()).toContain(strings[locale]['siteSearch.label']);
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(TAP_TARGET);
        await link.tap();
        await page.waitForURL((url) => url.pathname === `/${locale}/search/`);
        expect(await page.locator('#site-search-page-q').isVisible()).toBe(true);
      });
    });
  }

  it('keeps the box in the header on a wide screen, without the link', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url('/en/'));
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    expect(await page.locator('header [data-site-search-link]').isVisible()).toBe(false);
    await page.close();
  });
});

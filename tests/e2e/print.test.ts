import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { pdfText } from '../support/pdf.ts';
import { waitForSearch } from '../support/search-page.ts';
import type { ServiceSummary } from '../../src/lib/service-summary.ts';

let page: Page;

const env = useBrowserAndSite();
beforeAll(async () => {
  page = await env.browser.newPage();
});

describe('printing a service page', () => {
  it('fits on one or two pages without navigation chrome', async () => {
    await page.goto(env.site.url('/en/services/kotiva-language-course-with-childcare/'));
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('KOTIVA Finnish course with childcare');
    expect(text).toContain('How to take part');
    for (const chrome of ['Skip to main content', 'Services by municipality', 'Suomeksi', 'Accessibility statement', 'Save to favourites'])
      expect(text).not.toContain(chrome);

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.breadcrumb', '.skip-link', '.language-switcher'].map((selector) => {
        const node = document.querySelector(selector);
        return node ? getComputedStyle(node).display : 'absent';
      }),
    );
    expect(hidden.every((display) => display === 'none' || display === 'absent')).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('printing search results for a client', () => {
  /** Presses Print with the browser's print dialog replaced by a flag (headless Chromium has none); page.pdf() prints. */
  async function pressPrint(p: Page, label: string) {
    await p.evaluate(() => {
      window.print = () => void (document.documentElement.dataset['printed'] = 'true');
    });
    await p.getByRole('button', { name: label }).click();
    await p.waitForFunction(() => document.documentElement.dataset['printed'] === 'true');
    return pdfText(await p.pdf({ format: 'A4', printBackground: false }));
  }

  it('prints every matching service, headed by the search words, filters, date and link', async () => {
    // A page of its own: the test above leaves its page emulating screen media, which page.pdf() would print.
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/en/services/?municipality=helsinki&cost=free'));
    await waitForSearch(page);
    const count = Number((await page.locator('#result-heading').textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(20); // more than one page of results on screen
    const { text } = await pressPrint(page, 'Print results');
    const flat = text.replace(/\s+/g, ' ');
    // pdf.js splits some words at ligatures ("quali fi cation"): whole texts are compared without spaces.
    const squeezed = text.replace(/\s+/g, '');
    expect(flat).toContain(`${count} free services in Helsinki`);
    expect(flat).toContain('Search words None');
    expect(flat).toContain('Filters Municipality: Helsinki Cost: Free of charge');
    expect(flat).toMatch(/Printed \d{1,2} [A-Z][a-z]{2} 20\d\d/);
    expect(squeezed).toContain(env.site.url('/en/services/?municipality=helsinki&cost=free'));
    for (const chrome of ['Copy link to this search', 'Search services', '2 filters:', 'Popular searches', 'Next']) expect(flat, chrome).not.toContain(chrome);

    // Every service, each with its summary, places, contacts, cost and address, from the same list the site publishes.
    const summaries = (await (await page.request.get(env.site.url('/en/service-summaries.json'))).json()) as ServiceSummary[];
    const printed = await page.locator('[data-print-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-print-item')!));
    expect(printed).toHaveLength(count);
    let places = 0;
    for (const slug of printed) {
      const item = summaries.find((s) => s.slug === slug)!;
      for (const part of [item.name, item.summary, `Cost${item.cost}`, env.site.url(item.url), ...item.places, ...item.contacts])
        expect(squeezed, `${slug}: ${part}`).toContain(part.replace(/\s+/g, ''));
      places += item.places.length;
    }
    expect(places).toBeGreaterThan(0);
    await page.close();
  });

  it('prints every match of a text search shown from Pagefind alone, also while its counts are still loading', async () => {
    const context = await env.browser.newContext();
    const p = await context.newPage();
    // The index (and with it the list of every match) arrives late: Print must wait for it, not print the shown page.
    await p.route('**/en/services/filter-index.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await p.goto(env.site.url('/en/services/?q=language'));
    await waitForSearch(p);
    const total = Number(/\d+/.exec((await p.locator('#result-heading').textContent())!)![0]);
    expect(total).toBeGreaterThan(20);
    await p.hover('#search-filters');
    await pressPrint(p, 'Print results');
    expect(await p.locator('#print-section [data-print-item]').count()).toBe(total);
    await context.close();
  });

  it('says it in Finnish, with the search words', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=kielikahvila'));
    await waitForSearch(page);
    const { text } = await pressPrint(page, 'Tulosta tulokset');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Hakusanat “kielikahvila”');
    expect(flat).toContain('Suodattimet Ei suodattimia: koko palveluhaku');
    expect(flat).toContain('Tulostettu');
    expect(flat).toContain('Hinta');
    await page.close();
  });

  it('prints the words as typed with the note that says which were corrected, as the page shows', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=opisopimus'));
    await waitForSearch(page);
    const { text } = await pressPrint(page, 'Tulosta tulokset');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Hakusanat “opisopimus”');
    // The page's note, printed with the results, says which word was searched instead.
    expect(flat).toContain('Korjasimme hakusanoja: ”opisopimus” → ”oppisopimus”');
    await page.close();
  });
});

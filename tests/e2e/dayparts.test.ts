import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { isShown, readServices, readTerms, servesMunicipality } from '../support/demo-content.ts';
import { waitForSearch } from '../support/search-page.ts';

/**
 * When a service runs, on a phone (320×640 and 390×844, touch) in both languages: a pasted link with the "When"
 * facet finds the services whose content says so, folds it into the filters' line and ticks it in the dialog, and
 * every result card says when the service runs and in which languages ("In English, Finnish", "Kielet: suomi, englanti").
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const languageNames = new Map(readTerms('languages').map((term) => [term.id, term.label]));
/** What a card says of a service's languages, from its content. */
const languagesLine = (locale: 'en' | 'fi', ids: string[]) => {
  const names = ids.map((id) => languageNames.get(id)![locale]).join(', ');
  if (locale === 'en') return `In ${names}`;
  return `${ids.length === 1 ? 'Kieli' : 'Kielet'}: ${names.toLocaleLowerCase('fi')}`;
};
const words = {
  en: { group: 'When', evening: 'Evenings', daytime: 'Daytime', line: '2 filters: Espoo, Evenings · Change' },
  fi: { group: 'Milloin', evening: 'Iltaisin', daytime: 'Päivisin', line: '2 suodatinta: Espoo, Iltaisin · Muuta' },
};

describe('the "When" facet on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`finds evening services in Espoo from a pasted link, and the cards say when they run and in which languages (${name}, ${locale})`, async () => {
        const expected = readServices()
          .filter((s) => s.locale === locale && isShown(s) && servesMunicipality(s, 'espoo') && (s.data.dayparts ?? []).includes('evening'))
          .map((s) => s.slug)
          .sort();
        expect(expected.length).toBeGreaterThan(1);
        const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true });
        const page = await context.newPage();
        await page.goto(env.site.url(`/${locale}/services/?municipality=espoo&when=evening`));
        await waitForSearch(page);
        const slugs = await page.locator('#results [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!));
        expect([...slugs].sort()).toEqual(expected);
        expect(await page.locator('#filters-toggle').textContent()).toBe(words[locale].line);
        const languagesOf = new Map(
          readServices()
            .filter((s) => s.locale === locale)
            .map((s) => [s.slug, s.data.languages as string[]]),
        );
        const cards = await page
          .locator('#results [data-service-item]')
          .evaluateAll((items) => items.map((li) => [li.getAttribute('data-service-item')!, li.querySelector('.meta')!.textContent] as const));
        for (const [slug, meta] of cards) {
          expect(meta).toContain(words[locale].evening);
          expect(meta.split(' · '), slug).toContain(languagesLine(locale, languagesOf.get(slug)!));
        }
        // The first result's name in the first screen.
        const first = (await page.locator('#results [data-service-item] h3').first().boundingBox())!;
        expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);

        await page.locator('#filters-toggle').tap();
        const group = page.locator('#filters-dialog [data-filter-group="when"]');
        expect(await group.locator('summary').textContent()).toContain(words[locale].group);
        // Opened by the visitor (a section with a ticked box may start open).
        await group.evaluate((d: HTMLDetailsElement) => (d.open = false));
        await group.locator('summary').tap();
        expect(await group.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
        expect(await page.locator('#f-when-evening').isChecked()).toBe(true);
        // The opened section scrolls up: its options are in view above the dialog's Show button.
        const footerTop = (await page.locator('.filters-dialog__footer').boundingBox())!.y;
        await expect
          .poll(async () => {
            const last = (await group.locator('li').last().boundingBox())!;
            return last.y + last.height <= footerTop && last.y >= 0;
          })
          .toBe(true);
        expect(await group.locator('label[for="f-when-daytime"]').textContent()).toContain(words[locale].daytime);
        await context.close();
      });
    }
  }
});

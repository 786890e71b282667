import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
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
      await page.waitForURL('**/en/calendar/companies/#audience-filter');
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
    // From the build's month on (SITE_TODAY is 2026-11-22 in the tests), which is marked.
    expect(months[0]).toMatch(/^Marraskuu 2026\nTämä kuukausi\n\d+ tapahtumaa/);
    await page.close();
  });

  it('answers "when is the next event?" on a phone: five dated events at the top, with day, time and place', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.site.url('/en/calendar/'));
    const items = page.locator('[data-upcoming]');
    expect(await items.count()).toBe(5);
    // Today is 2026-11-22 in the tests: the end-of-year get-together on 10 December comes first.
    expect(await items.first().locator('.upcoming-list__when').innerText()).toBe(
      'Thu, 10 Dec 2026, 17:00–20:00 · Helsinki City Hall, Pohjoisesplanadi 11–13, Helsinki',
    );
    expect((await items.first().boundingBox())!.y).toBeLessThan(844);
    const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2026-11-22')).toBe(true);
    const current = page.locator('.year-grid__month[aria-current="date"]');
    expect(await current.count()).toBe(1);
    expect(await current.innerText()).toMatch(/^November 2026\nThis month\n/);
    await context.close();
  });

  it('says the day, time and place in Finnish, and the series feed has each evening at its time and place', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/calendar/'));
    expect(await page.locator('[data-upcoming] .upcoming-list__when').first().innerText()).toBe(
      'to 10.12.2026 klo 17.00–20.00 · Helsingin kaupungintalo, Pohjoisesplanadi 11–13, Helsinki',
    );
    const response = await page.request.get(env.site.url('/fi/calendar/networking-evenings.ics'));
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(4);
    for (const event of events) {
      expect(event.isRecurring()).toBe(false);
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
      expect(event.location).toMatch(/Helsinki$/);
    }
    await page.close();
  });
});

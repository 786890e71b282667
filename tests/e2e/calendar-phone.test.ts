import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { readYamlDir } from '../support/demo-content.ts';

/**
 * The calendar on a phone (320×640 and 390×844, touch), in both languages: "Subscribe" and "Coming up" at the top,
 * the year view in one screen, the months folded; "Sign up" leads to a form that names the event; one session's
 * .ics holds that session and the series' .ics all of them; entries with dates to be announced are in no feed.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const entries = readYamlDir('calendar');
const undated = entries.filter((e) => !e.data['occurrences'] && !e.data['start']);
const series = entries.find((e) => (e.data['occurrences'] as unknown[] | undefined)?.length === 5 && String(e.data['signup']).startsWith('mailto:'))!;
const vevents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('the calendar on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`has Subscribe in the first two screens, Coming up first, a one-screen year and folded months (${name}, ${locale})`, async () => {
        const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true });
        const page = await context.newPage();
        await page.goto(env.site.url(`/${locale}/calendar/`));
        const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
        const subscribe = await box('[data-subscribe-webcal]');
        expect(subscribe.y + subscribe.height).toBeLessThanOrEqual(2 * viewport.height);
        expect((await box('#upcoming-heading')).y).toBeLessThan(viewport.height);
        expect((await box('#upcoming-heading')).y).toBeLessThan((await box('.year-glance')).y);
        expect((await box('.year-grid')).height).toBeLessThanOrEqual(viewport.height);
        // Month names wrap between words only: each word's letters lie on one line, inside the month's box.
        const split = await page.locator('.year-grid__name').evaluateAll((names) =>
          names.flatMap((name) => {
            const text = name.firstChild!;
            const broken: string[] = [];
            for (const match of text.textContent!.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1 || range.getBoundingClientRect().right > name.parentElement!.getBoundingClientRect().right) broken.push(match[0]);
            }
            return broken;
          }),
        );
        expect(split).toEqual([]);
        const open = await page.locator('.calendar-month details').evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open));
        expect(open).toEqual([true, ...Array(11).fill(false)]);
        // The page is a few screens, not thirty (the year's texts fill about nine at 320 px).
        expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(10 * viewport.height);
        await context.close();
      });
    }
  }

  it('signs up through a form that names the event, never a bare mailto:', async () => {
    expect(series, 'a demo series of five sessions with an e-mail sign-up').toBeDefined();
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    for (const locale of ['en', 'fi'] as const) {
      await page.goto(env.site.url(`/${locale}/calendar/`));
      const hrefs = await page.locator('a[data-signup]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).not.toMatch(/^mailto:/);
      await page.goto(env.site.url(`/${locale}/calendar/${series.id}/signup/`));
      const title = (series.data['title'] as Record<string, string>)[locale]!;
      expect(await page.locator('h1').textContent()).toContain(title);
      const form = page.locator('form#signup-form');
      expect(await form.getAttribute('data-netlify')).toBe('true');
      expect(await form.getAttribute('data-netlify-honeypot')).toBe('bot-field');
      expect(await form.getAttribute('netlify-honeypot')).toBeNull();
      expect(await form.locator('input[name="event"]').inputValue()).toBe(series.id);
      expect(await page.getByLabel(locale === 'en' ? 'Your name (required)' : 'Nimesi (pakollinen)').count()).toBe(1);
    }
    await page.close();
  });

  it('adds one session, or the whole series saying how many, to a calendar', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url('/en/calendar/'));
    const entry = page.locator(`[data-calendar-entry="${series.id}"]`).first();
    await entry.locator('xpath=ancestor::details').evaluate((d: HTMLDetailsElement) => (d.open = true));
    const one = (await entry.locator('a[data-add-occurrence]').first().getAttribute('href'))!;
    const oneText = await (await page.request.get(env.site.url(one))).text();
    const oneEvents = vevents(oneText);
    expect(oneEvents).toHaveLength(1);
    expect(one).toContain(oneEvents[0]!.startDate.toString().slice(0, 10));
    const all = entry.locator('a[data-add-entry]');
    expect(await all.textContent()).toContain('Add to your calendar: all 5 sessions (.ics)');
    expect(vevents(await (await page.request.get(env.site.url((await all.getAttribute('href'))!))).text())).toHaveLength(5);
    await page.goto(env.site.url('/fi/calendar/'));
    expect(await page.locator(`[data-calendar-entry="${series.id}"] a[data-add-entry]`).first().textContent()).toContain(
      'Lisää kalenteriisi: kaikki 5 kertaa (.ics)',
    );
    await page.close();
  });

  it('lists entries with dates to be announced on the page only, not in any feed', async () => {
    expect(undated.length).toBeGreaterThan(0);
    const page = await env.browser.newPage();
    for (const locale of ['en', 'fi'] as const) {
      const feed = await (await page.request.get(env.site.url(`/${locale}/calendar.ics`))).text();
      const uids = vevents(feed).map((e) => e.uid);
      expect(uids.length).toBeGreaterThan(0);
      for (const entry of undated) {
        expect(
          uids.filter((uid) => uid.startsWith(`${entry.id}.`) || uid.startsWith(`${entry.id}-`)),
          entry.id,
        ).toEqual([]);
        expect((await page.request.get(env.site.url(`/${locale}/calendar/${entry.id}.ics`))).status(), entry.id).toBe(404);
      }
      await page.goto(env.site.url(`/${locale}/calendar/`));
      const item = page.locator(`[data-calendar-entry="${undated[0]!.id}"]`).first();
      expect(await item.locator('a[data-add-entry]').count()).toBe(0);
      expect(await item.textContent()).toContain(locale === 'en' ? 'Dates to be announced.' : '');
    }
    await page.close();
  });
});

describe("a month's events and the audience views", () => {
  const words = {
    en: { month: 'Add to your calendar: this month (.ics)', spouses: 'Spouses', note: 'hold the entries for all audiences' },
    fi: { month: 'Lisää kalenteriisi: tämä kuukausi (.ics)', spouses: 'Puolisot', note: 'ovat kaikkien kohderyhmien tapahtumat' },
  } as const;
  for (const locale of ['en', 'fi'] as const) {
    it(`adds one month's events of the view in one file, the add links worded alike (${locale})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await page.goto(env.site.url(`/${locale}/calendar/spouses/`));
      expect(await page.locator('[data-feed-note]').textContent()).toContain(words[locale].note);
      // Every "add" link says the same thing the same way, then what it adds: to your calendar: this month, as a .ics file.
      const adds = await page.locator('a[data-add-occurrence], a[data-add-entry], a[data-add-month]').allTextContents();
      expect(adds.length).toBeGreaterThan(3);
      for (const text of adds) expect(text).toMatch(locale === 'en' ? /^Add to your calendar: [^:]+ \(\.ics\)/ : /^Lisää kalenteriisi: [^:]+ \(\.ics\)/);

      const month = page.locator('.calendar-month:has(a[data-add-month])').nth(1);
      const link = month.locator('a[data-add-month]');
      expect(await link.textContent()).toContain(words[locale].month);
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/${locale}/calendar/months/spouses/\\d{4}-\\d{2}\\.ics$`));
      const events = vevents(await (await page.request.get(env.site.url(href))).text());
      // Each of the month's dated events on the page, once, all in that month; nothing for other audiences.
      const listed = await month.locator('.calendar-events > li').count();
      expect(events).toHaveLength(listed);
      const key = href.slice(-11, -4);
      for (const event of events) expect(event.startDate.toString().slice(0, 7)).toBe(key);
      const titles = await month.locator('[data-calendar-entry] h4').allTextContents();
      for (const event of events) expect(titles).toContain(event.summary);
      // Next to the link: how many dated events the file holds, and how many entries it leaves out for want of a date.
      const undated = await month.locator('[data-calendar-entry]:not(:has(.calendar-events))').count();
      const note = await month.locator('[data-month-file-note]').textContent();
      expect(note).toContain(locale === 'en' ? `${events.length} dated event` : `${events.length} päivätt`);
      if (undated > 0) expect(note).toContain(locale === 'en' ? `${undated} entr` : `${undated} tapahtuma`);
      if (undated > 0) expect(note).toContain(locale === 'en' ? 'without a date' : 'ilman päivämäärää');
      await page.close();
    });

    it(`keeps the reader at the filter when they choose an audience (${locale})`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
      await page.goto(env.site.url(`/${locale}/calendar/`));
      const choice = page.locator('.audience-filter a', { hasText: words[locale].spouses });
      await choice.scrollIntoViewIfNeeded();
      await choice.tap();
      await page.waitForURL((url) => url.pathname === `/${locale}/calendar/spouses/`);
      expect(new URL(page.url()).hash).toBe('#audience-filter');
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const top = (await page.locator('#audience-filter').boundingBox())!.y;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(100);
      await page.close();
    });
  }
});

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { readPage, root } from '../support/build.ts';
import { readPageSlugs, readYamlDir } from '../support/demo-content.ts';

const dist = path.join(root, 'dist');
const calendar = readYamlDir('calendar');
const partners = readYamlDir('partners');
const locales = ['en', 'fi'] as const;

/** The calendar page shows the twelve months from the build's month (SITE_TODAY) on. */
const today = process.env['SITE_TODAY'] ?? new Date().toISOString().slice(0, 10);
const firstMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
const lastMonth = new Date(Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + 12, 0));
const inWindow = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`);
  return day >= firstMonth && day <= lastMonth;
};

/** Every day from one date to another, as YYYY-MM-DD. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/** Months an entry shows in on the calendar page, computed here from the YAML alone. */
function expectedMonths(data: Record<string, any>): number[] {
  const months = new Set<number>(data.months ?? []);
  const yearly = (data.recurrence ?? 'yearly') === 'yearly';
  const dates: string[] = [...(data.occurrences ?? []).map((o: { date: string }) => o.date), ...(data.start ? days(data.start, data.end ?? data.start) : [])];
  for (const date of dates) if (inWindow(date) || (yearly && !data.occurrences)) months.add(Number(date.slice(5, 7)));
  return [...months].sort((a, b) => a - b);
}

describe('Spouse Program pages', () => {
  const program = [
    'about',
    'vision-and-mission',
    'for-spouses',
    'seasons',
    'employment-path',
    'community',
    'for-companies',
    'partners',
    'measuring-success',
    'contact',
  ];
  it('exist in both locales and the language switch pairs them', () => {
    for (const slug of program) {
      for (const locale of locales) {
        expect(readPageSlugs(locale)).toContain(slug);
        const page = readPage(dist, `/${locale}/${slug}/`);
        expect(page.querySelector('[data-not-translated]'), `${locale}/${slug}`).toBeNull();
        const other = locale === 'en' ? 'fi' : 'en';
        expect(page.querySelector(`[data-language-switch="${other}"]`)?.getAttribute('href')).toBe(`/${other}/${slug}/`);
        expect(page.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href')).toBe(`https://spouseprogram.fi/${other}/${slug}/`);
      }
    }
  });

  it('lists every partner, grouped by kind, with its role in the page language', () => {
    expect(partners.length).toBeGreaterThanOrEqual(12);
    for (const locale of locales) {
      const page = readPage(dist, `/${locale}/partners/`);
      for (const partner of partners) {
        const group = page.querySelector(`[data-partner-kind="${partner.data.kind}"]`);
        const item = group?.querySelectorAll('[data-partner]').find((li) => li.querySelector('h3')?.text.trim() === partner.data.name[locale]);
        expect(item, `${locale} ${partner.id}`).toBeDefined();
        expect(item!.querySelector('p')?.text).toBe(partner.data.role[locale]);
        if (partner.data.url) expect(item!.querySelector('h3 a')?.getAttribute('href')).toBe(partner.data.url[locale]);
      }
    }
  });

  it('names partners in the page language: no English names on the Finnish page', () => {
    const page = readPage(dist, '/fi/partners/');
    const names = page.querySelectorAll('[data-partner] h3').map((h3) => h3.text.trim());
    expect(names.length).toBe(partners.length);
    for (const name of names) expect(name).not.toMatch(/\b(City of|University|Partner company|Red Cross|Chamber of Commerce|Library|Employment Services)\b/);
    // Within each group, in Finnish alphabetical order.
    for (const group of page.querySelectorAll('[data-partner-kind]')) {
      const inGroup = group.querySelectorAll('[data-partner] h3').map((h3) => h3.text.trim());
      expect(inGroup).toEqual([...inGroup].sort(new Intl.Collator('fi-FI').compare));
    }
  });
});

describe('annual calendar', () => {
  it('has at least 20 entries', () => {
    expect(calendar.length).toBeGreaterThanOrEqual(20);
  });

  it('shows every entry in each of its months in both locales', () => {
    for (const locale of locales) {
      const page = readPage(dist, `/${locale}/calendar/`);
      for (let month = 1; month <= 12; month++) {
        const section = page.querySelector(`#month-${month}`)!.closest('section')!;
        const shown = section
          .querySelectorAll('[data-calendar-entry]')
          .map((li) => li.getAttribute('data-calendar-entry'))
          .sort();
        const expected = calendar
          .filter((e) => expectedMonths(e.data).includes(month))
          .map((e) => e.id)
          .sort();
        expect(shown, `${locale} month ${month}`).toEqual(expected);
        const glance = page.querySelector(`.year-grid__month[data-month="${month}"]`);
        expect(glance?.getAttribute('data-count')).toBe(String(expected.length));
      }
      for (const entry of calendar) {
        const item = page.querySelector(`[data-calendar-entry="${entry.id}"]`);
        expect(item?.querySelector('h4')?.text).toBe(entry.data.title[locale]);
      }
    }
  });

  it('says a weekly drop-in is held every week instead of promising dates later', () => {
    const weekly = calendar.filter((e) => e.data.recurrence === 'weekly');
    expect(weekly.map((e) => e.id)).toContain('library-language-cafes');
    const said = { en: 'Every week. See the times on the service page.', fi: 'Joka viikko. Katso ajat palvelun sivulta.' };
    const later = { en: 'Dates to be announced.', fi: 'Päivämäärät ilmoitetaan myöhemmin.' };
    for (const locale of locales) {
      for (const entry of weekly) {
        const meta = readPage(dist, `/${locale}/calendar/`)
          .querySelector(`[data-calendar-entry="${entry.id}"]`)!
          .querySelectorAll('p.meta')
          .map((p) => p.text.trim());
        expect(meta, `${locale} ${entry.id}`).toContain(said[locale]);
        expect(meta).not.toContain(later[locale]);
      }
    }
  });

  it('says a whole-month entry lasts all month, and names what its link does, instead of promising dates or a sign-up', () => {
    const whole = calendar.filter((e) => e.data.wholeMonths);
    expect(whole.map((e) => e.id)).toEqual(expect.arrayContaining(['newsletter-summer-break', 'mentoring-season', 'summer-jobs-and-traineeships']));
    const said = { en: 'All month.', fi: 'Koko kuukauden ajan.' };
    const later = { en: 'Dates to be announced.', fi: 'Päivämäärät ilmoitetaan myöhemmin.' };
    const links = {
      en: { 'mentoring-applications': 'Apply to join', 'partnership-renewals': 'Contact us' },
      fi: { 'mentoring-applications': 'Hae mukaan', 'partnership-renewals': 'Ota yhteyttä' },
    };
    for (const locale of locales) {
      const page = readPage(dist, `/${locale}/calendar/`);
      for (const entry of whole) {
        for (const item of page.querySelectorAll(`[data-calendar-entry="${entry.id}"]`)) {
          const meta = item.querySelectorAll('p.meta').map((p) => p.text.trim());
          expect(meta, `${locale} ${entry.id}`).toContain(said[locale]);
          expect(meta).not.toContain(later[locale]);
        }
      }
      for (const [id, text] of Object.entries(links[locale])) {
        const link = page.querySelector(`[data-calendar-entry="${id}"] a[data-signup]`)!;
        expect(link.childNodes[0]!.text.trim(), `${locale} ${id}`).toBe(text);
      }
    }
  });

  it("lists an entry's audiences as one phrase: only the first is capitalised", () => {
    const entry = calendar.find((e) => e.data.audiences.length > 1)!;
    const item = readPage(dist, '/fi/calendar/').querySelector(`[data-calendar-entry="${entry.id}"]`)!;
    const line = item.querySelectorAll('p.meta').find((p) => p.text.includes('Kenelle:'))!.text;
    const labels = line
      .slice(line.indexOf('Kenelle:') + 'Kenelle:'.length)
      .trim()
      .split(', ');
    expect(labels.length).toBe(entry.data.audiences.length);
    for (const label of labels.slice(1)) expect(label[0], line).toBe(label[0]!.toLocaleLowerCase('fi'));
  });

  it('filters by audience on static pages', () => {
    for (const audience of ['spouses', 'companies']) {
      const page = readPage(dist, `/en/calendar/${audience}/`);
      const shown = [...new Set(page.querySelectorAll('[data-calendar-entry]').map((li) => li.getAttribute('data-calendar-entry')))].sort();
      expect(shown).toEqual(
        calendar
          .filter((e) => e.data.audiences.includes(audience))
          .map((e) => e.id)
          .sort(),
      );
      expect(page.querySelector(`.audience-filter a[aria-current="page"]`)?.getAttribute('href')).toBe(`/en/calendar/${audience}/#audience-filter`);
    }
  });

  it('exports every entry to iCalendar with correct dates, UIDs and RRULEs, per locale and per entry', () => {
    for (const locale of locales) {
      const feed = new ICAL.Component(ICAL.parse(readFileSync(path.join(dist, locale, 'calendar.ics'), 'utf8')));
      const events = feed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const byUid = new Map(events.map((e) => [e.uid, e]));
      for (const entry of calendar) {
        // An entry known only by its months (dates to be announced) is on the page only: no event, no file.
        if (!entry.data.occurrences && !entry.data.start) {
          expect(existsSync(path.join(dist, locale, 'calendar', `${entry.id}.ics`)), entry.id).toBe(false);
          expect(byUid.has(`${entry.id}.${locale}@spouseprogram.fi`), entry.id).toBe(false);
          continue;
        }
        const single = new ICAL.Component(ICAL.parse(readFileSync(path.join(dist, locale, 'calendar', `${entry.id}.ics`), 'utf8')));
        const singleUids = single.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
        if (entry.data.occurrences) {
          // A series: one event per occurrence, at its Helsinki time and place, none recurring.
          const uids = entry.data.occurrences.map(
            (o: any) => `${entry.id}-${o.date}${o.startTime ? `-${o.startTime.replace(':', '')}` : ''}.${locale}@spouseprogram.fi`,
          );
          entry.data.occurrences.forEach((o: any, i: number) => {
            const event = byUid.get(uids[i])!;
            expect(event, uids[i]).toBeDefined();
            expect(event.summary).toBe(entry.data.title[locale]);
            expect(event.isRecurring()).toBe(false);
            expect(event.startDate.toString()).toBe(o.startTime ? `${o.date}T${o.startTime}:00` : o.date);
            if (o.startTime) expect(event.startDate.zone?.tzid).toBe('Europe/Helsinki');
            expect(event.location).toBe((o.location ?? entry.data.location)?.[locale] ?? null);
          });
          expect(singleUids).toEqual(uids);
          continue;
        }
        // One event per other entry: a month-level entry is a one-day marker on the 1st of its months (RRULE BYMONTH).
        const uid = `${entry.id}.${locale}@spouseprogram.fi`;
        const event = byUid.get(uid);
        expect(event, uid).toBeDefined();
        expect(event!.summary).toBe(entry.data.title[locale]);
        const yearly = (entry.data.recurrence ?? 'yearly') === 'yearly';
        const months = entry.data.months ? [...new Set<number>(entry.data.months)].sort((a, b) => a - b) : [];
        expect(event!.isRecurring()).toBe(yearly || months.length > 1);
        if (entry.data.start) {
          expect(event!.startDate.toString().slice(0, 10)).toBe(entry.data.start);
          if (entry.data.startTime) {
            expect(event!.startDate.zone?.tzid).toBe('Europe/Helsinki');
            expect(event!.startDate.toString()).toBe(`${entry.data.start}T${entry.data.startTime}:00`);
          }
          expect(event!.location).toBe(entry.data.location?.[locale] ?? null);
          if (yearly) expect(event!.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
        }
        expect(singleUids).toEqual([uid]);
      }
      expect(events.length).toBe(calendar.reduce((sum, entry) => sum + (entry.data.occurrences?.length ?? (entry.data.start ? 1 : 0)), 0));
    }
  });
});

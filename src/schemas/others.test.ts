import { describe, expect, it } from 'vitest';
import { calendarEntrySchema } from './calendar.ts';
import { pageSchema } from './page.ts';
import { partnerSchema } from './partner.ts';
import { taxonomyFile } from './taxonomy.ts';

describe('page schema', () => {
  it('accepts a page and defaults its status to published', () => {
    expect(pageSchema.parse({ title: 'About', description: 'What we do.' }).status).toBe('published');
  });
  it('rejects a missing title and unknown fields', () => {
    expect(pageSchema.safeParse({ description: 'x' }).success).toBe(false);
    expect(pageSchema.safeParse({ title: 'A', description: 'x', colour: 'red' }).success).toBe(false);
  });
});

describe('calendar entry schema', () => {
  const schema = calendarEntrySchema({ audiences: ['spouses', 'companies'] });
  const entry = { title: { en: 'Intake', fi: 'Haku' }, description: { en: 'd', fi: 'k' }, audiences: ['spouses'] };
  it('accepts month-level and dated entries, repeating only when told to', () => {
    expect(schema.parse({ ...entry, months: [8] }).recurrence).toBe('none');
    expect(schema.parse({ ...entry, months: [8], recurrence: 'yearly' }).recurrence).toBe('yearly');
    expect(schema.parse({ ...entry, months: [9, 10], recurrence: 'weekly' }).recurrence).toBe('weekly');
    expect(schema.safeParse({ ...entry, months: [9], recurrence: 'daily' }).success).toBe(false);
    expect(schema.safeParse({ ...entry, start: '2026-09-10', end: '2026-09-11', recurrence: 'none' }).success).toBe(true);
  });
  it('rejects entries with neither months nor dates, end before start, bad months', () => {
    expect(schema.safeParse(entry).success).toBe(false);
    expect(schema.safeParse({ ...entry, start: '2026-09-10', end: '2026-09-01' }).success).toBe(false);
    expect(schema.safeParse({ ...entry, months: [0] }).success).toBe(false);
  });
  it('accepts a series of occurrences with times and places, and says what is wrong with a bad one', () => {
    const place = { en: 'Oodi Central Library, Töölönlahdenkatu 4', fi: 'Keskustakirjasto Oodi, Töölönlahdenkatu 4' };
    const series = { ...entry, recurrence: 'none', location: place, occurrences: [{ date: '2026-10-15', startTime: '17:30', endTime: '19:30' }] };
    expect(schema.safeParse(series).success).toBe(true);
    const problems = (value: object) => schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems({ ...series, start: '2026-10-15' })).toEqual(['occurrences: give either a start date or occurrences, not both']);
    expect(problems({ ...series, occurrences: [...series.occurrences, { date: '2026-10-15', startTime: '17:30' }] })).toEqual([
      'occurrences.1.date: 2026-10-15 is listed twice',
    ]);
    expect(problems({ ...series, occurrences: [{ date: '2026-10-15', startTime: '19:30', endTime: '17:30' }] })).toEqual([
      'occurrences.0.endTime: end time is before the start time',
    ]);
    expect(problems({ ...series, occurrences: [{ date: '2026-10-15', location: { en: 'Oodi' } }] })?.[0]).toMatch(/^occurrences\.0\.location/);
  });
  it('lets only a month-level entry last whole months, and names what its sign-up link does', () => {
    expect(schema.safeParse({ ...entry, months: [7], wholeMonths: true }).success).toBe(true);
    const problems = (value: object) => schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems({ ...entry, start: '2026-07-01', wholeMonths: true })).toEqual([
      'wholeMonths: only month-level entries (months, no dates) last whole months',
    ]);
    expect(schema.parse({ ...entry, months: [8], signup: 'mailto:spouseprogram@hel.fi', signupAction: 'apply' }).signupAction).toBe('apply');
    expect(schema.safeParse({ ...entry, months: [8], signupAction: 'register' }).success).toBe(false);
  });
});

describe('partner schema', () => {
  it('accepts a partner with a role per locale', () => {
    expect(partnerSchema.safeParse({ name: { en: 'Org', fi: 'Järjestö' }, kind: 'organisation', role: { en: 'Mentors', fi: 'Mentorit' } }).success).toBe(true);
    expect(partnerSchema.safeParse({ name: 'Org', kind: 'organisation', role: { en: 'Mentors', fi: 'Mentorit' } }).success, 'a name in one language only').toBe(
      false,
    );
  });
  it('rejects a javascript: url', () => {
    expect(
      partnerSchema.safeParse({
        name: { en: 'Org', fi: 'Org' },
        kind: 'company',
        role: { en: 'a', fi: 'b' },
        url: { en: 'javascript:alert(1)', fi: 'https://example.org/' },
      }).success,
    ).toBe(false);
  });
});

describe('taxonomy file schema', () => {
  const term = { id: 'online', label: { en: 'Online', fi: 'Verkossa' } };
  it('accepts a list of terms under `terms:`', () => {
    expect(taxonomyFile.safeParse({ terms: [term] }).success).toBe(true);
  });
  it('rejects an empty list and duplicate ids, pointing at the repeated id', () => {
    expect(taxonomyFile.safeParse({ terms: [] }).success).toBe(false);
    expect(taxonomyFile.safeParse({ terms: [term, term] }).error?.issues.map((issue) => issue.path)).toEqual([['terms', 1, 'id']]);
  });
  it('refuses the old shape, a list at the top of the file, saying what is expected', () => {
    expect(taxonomyFile.safeParse([term]).error?.issues[0]?.message).toMatch(/^expected a mapping with `terms:`.*old shape/);
  });
});

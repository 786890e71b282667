import { describe, expect, it } from 'vitest';
import { parseTypedDate, showDate, storedDate, withDayDefaults } from './dates.js';

describe('dates typed the Finnish way', () => {
  it('takes d.m.yyyy, dd.mm.yyyy and ISO, stored as YYYY-MM-DD', () => {
    for (const typed of ['15.4.2027', '15.04.2027', '15.4.2027.', ' 2027-04-15 ', '2027-4-15']) expect(parseTypedDate(typed)).toEqual({ iso: '2027-04-15' });
  });
  it('refuses what it would have to guess, and impossible days', () => {
    for (const typed of ['4/12/2027', '12/04/2027', '15.4.27', '15.4', 'huhtikuu', '2027']) expect(parseTypedDate(typed)).toEqual({ error: 'format' });
    for (const typed of ['31.2.2027', '29.2.2027', '0.1.2027', '1.13.2027', '1.1.0202']) expect(parseTypedDate(typed)).toEqual({ error: 'impossible' });
    expect(parseTypedDate('29.2.2028')).toEqual({ iso: '2028-02-29' });
    expect(parseTypedDate('  ')).toBeUndefined();
  });
  it('shows a stored date as d.m.yyyy in Finnish and as stored in English', () => {
    expect(showDate('2027-04-05', 'fi')).toBe('5.4.2027');
    expect(showDate('2027-04-05', 'en')).toBe('2027-04-05');
    expect(showDate('4/12/2027', 'fi')).toBe('4/12/2027');
    expect(storedDate(new Date('2027-04-05T00:00:00Z'))).toBe('2027-04-05');
    expect(storedDate(undefined)).toBe('');
  });
});

describe("today as the default of a new entry's dates", () => {
  it('gives "reviewed" and "updated" date fields a default of the day, nested ones too, and keeps a default set', () => {
    const config = {
      collections: [
        {
          name: 'services',
          fields: [
            { name: 'reviewed', widget: 'site-date' },
            { name: 'updated', widget: 'site-date', default: '2020-01-01' },
            { name: 'start', widget: 'site-date' },
            { name: 'reviewed', widget: 'string' },
            { name: 'parts', widget: 'object', fields: [{ name: 'reviewed', widget: 'site-date' }] },
          ],
        },
        { name: 'taxonomies', files: [] },
      ],
    };
    const fields = withDayDefaults(config, '2026-12-07').collections[0].fields;
    expect(fields.map((field: { default?: string }) => field.default)).toEqual(['2026-12-07', '2020-01-01', undefined, undefined, undefined]);
    expect(fields[4].fields[0].default).toBe('2026-12-07');
    expect(config.collections[0]!.fields![0]).toEqual({ name: 'reviewed', widget: 'site-date' });
  });

  it('leaves a files collection (the taxonomies) without a `fields` key, and reaches its files’ fields', () => {
    const taxonomies = { name: 'taxonomies', files: [{ name: 'modes', fields: [{ name: 'updated', widget: 'site-date' }] }] };
    const [out] = withDayDefaults({ collections: [taxonomies] }, '2026-12-07').collections;
    // Decap's save reads `fields` when the key exists: an undefined one failed with "reading 'toArray'".
    expect('fields' in out).toBe(false);
    expect(out.files[0].fields[0].default).toBe('2026-12-07');
  });
});

import { describe, expect, it } from 'vitest';
import { calendarProblems, capProblems, isWrittenPerLanguage, overlongWord, today, writtenPerLanguage } from './save-checks.js';
import { CONTENT_LIMITS, overlongWord as schemaOverlongWord } from '../../schemas/common.ts';

const texts = { word: (word: string, max: number) => `word ${word.length} > ${max}`, body: (length: number, max: number) => `body ${length} > ${max}` };
const limits = { wordCharacters: CONTENT_LIMITS.wordCharacters, bodyCharacters: CONTENT_LIMITS.bodyCharacters };
const fields = [
  { name: 'name', label: 'Nimi', widget: 'string' },
  { name: 'keywords', label: 'Hakusanat', widget: 'list', field: { name: 'keyword', label: 'Hakusana', widget: 'string' } },
  { name: 'contacts', label: 'Yhteystiedot', widget: 'list', fields: [{ name: 'label', label: 'Nimi', widget: 'string' }] },
  { name: 'body', label: 'Teksti', widget: 'markdown' },
];

describe("the CMS's copy of content:check's caps", () => {
  it('finds the same overlong word as content:check', () => {
    for (const text of ['short words only', `a ${'x'.repeat(200)} b`, `a ${'x'.repeat(201)} b`, `${'y'.repeat(250)}\n${'z'.repeat(300)}`, '']) {
      expect(overlongWord(text, CONTENT_LIMITS.wordCharacters)).toBe(schemaOverlongWord(text));
    }
  });

  it('refuses an overlong word in any text, in lists too, and a body over the cap, naming the field', () => {
    const long = 'k'.repeat(201);
    const data = { name: 'ok', keywords: ['fine', long], contacts: [{ label: long }], body: `${'a '.repeat(10_001)}` };
    expect(capProblems(fields, data, limits, texts)).toEqual([
      { path: ['keywords', '1', 'keywords'], label: 'Hakusanat 2 › Hakusana', message: 'word 201 > 200' },
      { path: ['contacts', '0', 'label'], label: 'Yhteystiedot 1 › Nimi', message: 'word 201 > 200' },
      { path: ['body'], label: 'Teksti', message: 'body 20002 > 20000' },
    ]);
    expect(capProblems(fields, { name: 'x'.repeat(200), body: 'a'.repeat(200) }, limits, texts)).toEqual([]);
  });

  it('checks the other languages only in what each writes itself, and names a language only there', () => {
    const form = [
      { name: 'name', label: 'Nimi', widget: 'string', i18n: true },
      { name: 'owner', label: 'Vastuutiimin sähköposti', widget: 'string', i18n: 'duplicate' },
      {
        name: 'locations',
        label: 'Toimipaikat',
        widget: 'list',
        i18n: true,
        mirror_fields: ['address'],
        fields: [
          { name: 'name', label: 'Paikan nimi', widget: 'string', i18n: true },
          { name: 'address', label: 'Katuosoite', widget: 'string', i18n: true },
        ],
      },
    ];
    expect(writtenPerLanguage(form).map((f) => [f.name, f.fields?.map((part) => part.name)])).toEqual([
      ['name', undefined],
      ['locations', ['name']],
    ]);
    expect(isWrittenPerLanguage(form, ['name'])).toBe(true);
    expect(isWrittenPerLanguage(form, ['owner'])).toBe(false);
    expect(isWrittenPerLanguage(form, ['locations', '0', 'name'])).toBe(true);
    expect(isWrittenPerLanguage(form, ['locations', '0', 'address'])).toBe(false);
  });

  it("writes today's date as the files do", () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('a calendar entry refused at save for what the build would refuse', () => {
  it('asks for a start date when times are given without one (a series with times at the top), and for one kind of date', () => {
    expect(calendarProblems({ startTime: '17:30', occurrences: [{ date: '2027-04-15' }] })).toEqual(['cms.calendar.timesNeedStart']);
    expect(calendarProblems({ endTime: '19:00', start: '2027-04-15' })).toEqual(['cms.calendar.endNeedsStart']);
    expect(calendarProblems({ start: '2027-04-15', occurrences: [{ date: '2027-05-15' }] })).toEqual(['cms.calendar.startOrSeries']);
    expect(calendarProblems({ start: '2027-04-15', startTime: '17:30', endTime: '19:00' })).toEqual([]);
    expect(calendarProblems({ occurrences: [{ date: '2027-04-15', startTime: '17:30' }] })).toEqual([]);
  });
});

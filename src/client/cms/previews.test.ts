/** The preview's dates and times, as the site writes them in each language (src/client/cms/previews.js). */
import { describe, expect, it } from 'vitest';
import { decapConfig, readTerms, type DecapCollection } from '../../cms/config.ts';
import { cmsSettings } from '../../cms/backend.ts';
import { resolveContentDir } from '../../build/content-files.ts';
import { displayValue, showDay, showTime, showWhen } from './previews.js';

const config = decapConfig(cmsSettings({}), readTerms(resolveContentDir()), 'fi');
const formats = config.site_formats;
const calendar = config.collections.find((c): c is DecapCollection => c.name === 'calendar' && 'folder' in c)!;

describe('dates and times in the preview', () => {
  it('writes a date as Finns write it in Finnish and in the English way in English, never as stored', () => {
    expect(showDay('2026-12-07', formats['fi'])).toBe('7.12.2026');
    expect(showDay('2026-12-07', formats['en'])).toBe('7 Dec 2026');
    expect(showDay('tomorrow', formats['fi'])).toBe('tomorrow');
  });

  it('writes a time as typed or stored the way of each language, with "klo" in Finnish', () => {
    expect(showTime('17:30', formats['fi'])).toBe('17.30');
    expect(showTime('9.00', formats['fi'])).toBe('09.00');
    expect(showTime('17.30', formats['en'])).toBe('17:30');
    expect(showWhen([], ['17:30'], formats['fi'])).toBe('klo 17.30');
    expect(showWhen([], ['17:30'], formats['en'])).toBe('17:30');
    expect(showWhen(['2026-12-07'], ['17:30', '19:00'], formats['fi'])).toBe('7.12.2026 klo 17.30–19.00');
    expect(showWhen(['2026-12-07'], ['17:30', '19:00'], formats['en'])).toBe('7 Dec 2026, 17:30–19:00');
  });

  it("shows a calendar entry's series with each date and its times together", () => {
    const occurrences = calendar.fields.find((f) => f.name === 'occurrences')!;
    const series = [
      { date: '2026-12-07', startTime: '17:30', endTime: '19:00', location: { fi: 'Oodi', en: 'Oodi' } },
      { date: '2027-01-11', startTime: '17.30' },
      { date: '2027-02-08' },
    ];
    expect(displayValue(occurrences, series, 'fi', formats)).toBe('7.12.2026 klo 17.30–19.00, Oodi, 11.1.2027 klo 17.30, 8.2.2027');
    const start = calendar.fields.find((f) => f.name === 'start')!;
    expect(displayValue(start, '2026-12-07', 'en', formats)).toBe('7 Dec 2026');
  });
});

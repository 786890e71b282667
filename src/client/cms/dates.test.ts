import { describe, expect, it } from 'vitest';
import { parseTypedDate, showDate, storedDate } from './dates.js';

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

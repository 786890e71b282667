import { describe, expect, it } from 'vitest';
import { locales } from './locales.ts';
import { useTranslations } from './strings.ts';
import { uiStringKeys, uiStringsSchema } from '../schemas/ui-strings.ts';

describe('UI strings', () => {
  for (const [code, config] of Object.entries(locales)) {
    it(`${code} has every key, non-empty, with the same placeholders`, () => {
      const result = uiStringsSchema.safeParse(config.strings);
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }
  it('fails for a locale that misses a key, naming the key', () => {
    const { 'nav.home': _removed, ...partial } = locales.fi.strings;
    const result = uiStringsSchema.safeParse(partial);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('nav.home');
  });
  it('fails for a translation that drops a placeholder', () => {
    const result = uiStringsSchema.safeParse({ ...locales.fi.strings, 'catalogue.serviceCount': 'palvelua' });
    expect(result.error?.issues[0]?.message).toMatch(/placeholders \{count\}/);
  });
  it('replaces placeholders', () => {
    expect(useTranslations('fi')('catalogue.serviceCount', { count: 3 })).toBe('3 palvelua');
    expect(uiStringKeys.length).toBeGreaterThan(40);
  });
});

describe('plural forms', () => {
  it('uses the .one variant for a count of 1 in both locales', () => {
    expect(useTranslations('en')('catalogue.serviceCount', { count: 1 })).toBe('1 service');
    expect(useTranslations('en')('catalogue.serviceCount', { count: 2 })).toBe('2 services');
    expect(useTranslations('fi')('catalogue.serviceCount', { count: 1 })).toBe('1 palvelu');
    expect(useTranslations('fi')('calendar.entries', { count: 0 })).toBe('0 tapahtumaa');
    expect(useTranslations('fi')('municipality.intro', { count: 1, name: 'Hanko', 'name:genitive': 'Hangon' })).toBe(
      'Hangon asukkaille on tarjolla 1 palvelu.',
    );
  });
  it('fills a grammatical form where a string asks for one, and the plain value where none is given', () => {
    expect(useTranslations('fi')('municipality.title', { name: 'Vantaa', 'name:genitive': 'Vantaan' })).toBe('Vantaan asukkaiden palvelut');
    expect(useTranslations('fi')('municipality.title', { name: 'Vantaa' })).toBe('Vantaa asukkaiden palvelut');
    expect(useTranslations('en')('municipality.title', { name: 'Vantaa', 'name:genitive': 'Vantaan' })).toBe('Services for residents of Vantaa');
  });
  it('offers a place named in a search in the genitive in Finnish', () => {
    const place = { place: 'Espoo', 'place:genitive': 'Espoon' };
    expect(useTranslations('fi')('search.onlyIn', place)).toBe('Näytä vain Espoon palvelut');
    expect(useTranslations('en')('search.onlyIn', place)).toBe('Show only services in Espoo');
  });
});

import { describe, expect, it } from 'vitest';
import { localePath, parseEntryId, serviceUrl, switchLocale } from './urls.ts';

describe('localePath', () => {
  it('prefixes the locale and ends with a slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(localePath('fi', 'services', 'startti')).toBe('/fi/services/startti/');
    expect(localePath('en', '/calendar/')).toBe('/en/calendar/');
  });
  it('builds service URLs with the same slug in every locale', () => {
    expect(serviceUrl('en', 'work-trial')).toBe('/en/services/work-trial/');
    expect(serviceUrl('fi', 'work-trial')).toBe('/fi/services/work-trial/');
  });
});

describe('switchLocale', () => {
  it('swaps only the locale prefix', () => {
    expect(switchLocale('/en/services/work-trial/', 'fi')).toBe('/fi/services/work-trial/');
    expect(switchLocale('/fi/', 'en')).toBe('/en/');
  });
  it('falls back to the home page for paths without a locale', () => {
    expect(switchLocale('/', 'fi')).toBe('/fi/');
    expect(switchLocale('/admin/', 'en')).toBe('/en/');
  });
});

describe('parseEntryId', () => {
  it('splits locale and slug', () => {
    expect(parseEntryId('fi/kotiva')).toEqual({ locale: 'fi', slug: 'kotiva' });
  });
  it('rejects ids without a known locale', () => {
    expect(() => parseEntryId('de/kotiva')).toThrow(/unexpected content entry id/);
    expect(() => parseEntryId('kotiva')).toThrow();
  });
});

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

import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/strings.ts';
import { emptyState } from '../../lib/search-state.ts';
import { FOLDED_LABEL_CHARS, foldedFilters, resultHeading } from './render.ts';

const labels: Record<string, string> = { en: 'Englanti', helsinki: 'Helsinki' };

describe('result heading', () => {
  it('writes a language filter in lower case in the Finnish sentence, and as the option says in English', () => {
    const state = { ...emptyState(), filters: { municipality: ['helsinki'], language: ['en'] } };
    const fi = useTranslations('fi');
    const say = (key: string, values?: Record<string, string | number>) => fi(key as Parameters<typeof fi>[0], values);
    expect(
      resultHeading(
        3,
        state,
        '',
        (_key, id) => labels[id]!,
        () => 'Helsingin',
        say,
        'fi-FI',
      ),
    ).toBe('3 Helsingin palvelua (englanti)');
    const en = useTranslations('en');
    const sayEn = (key: string, values?: Record<string, string | number>) => en(key as Parameters<typeof en>[0], values);
    expect(
      resultHeading(
        3,
        state,
        '',
        (_key, id) => (id === 'en' ? 'English' : 'Helsinki'),
        () => 'Helsinki',
        sayEn,
        'en-GB',
      ),
    ).toBe('3 services in Helsinki (English)');
  });
});

describe('the folded filter line', () => {
  const en = useTranslations('en');
  const say = (key: string, values?: Record<string, string | number>) => en(key as Parameters<typeof en>[0], values);
  const names: Record<string, string> = { helsinki: 'Helsinki', vantaa: 'Vantaa', espoo: 'Espoo', kerava: 'Kerava', en: 'English', free: 'Free of charge' };
  const line = (filters: Record<string, string[]>) => foldedFilters({ ...emptyState(), filters }, (_key, id) => names[id]!, say);

  it('names every filter when the names fit, in the filters order', () => {
    expect(line({ municipality: ['helsinki', 'vantaa'], language: ['en'], cost: ['free'] })).toBe('4 filters: Helsinki, Vantaa, English, Free of charge');
    expect(line({ cost: ['free'] })).toBe('1 filter: Free of charge');
    expect(line({})).toBeUndefined();
  });

  it('counts the names that do not fit instead of cutting the list', () => {
    const folded = line({ municipality: ['helsinki', 'vantaa', 'espoo', 'kerava'], language: ['en'], cost: ['free'] })!;
    expect(folded).toMatch(/^6 filters: Helsinki, Vantaa, Espoo(, Kerava)?(, English)? \+\d more$/);
    expect(folded.slice('6 filters: '.length).length).toBeLessThanOrEqual(FOLDED_LABEL_CHARS);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml, resolveContentDir } from '../../build/content-files.ts';
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

/**
 * The Finnish heading puts the places before the noun as genitives ("Helsingin palvelua"), so it reads right only
 * when every municipality has its genitive form: the real taxonomy is read here, and every combination of count,
 * cost and places is checked against the sentence a Finn would write.
 */
describe('Finnish result heading with cost and places', () => {
  const taxonomy = parseYaml(readFileSync(path.join(resolveContentDir(), 'taxonomies/municipalities.yaml'), 'utf8')) as {
    terms: { id: string; label: { fi: string }; forms?: { fi?: { genitive?: string } } }[];
  };
  const genitive = (id: string) => taxonomy.terms.find((term) => term.id === id)?.forms?.fi?.genitive ?? '';
  const fi = useTranslations('fi');
  const say = (key: string, values?: Record<string, string | number>) => fi(key as Parameters<typeof fi>[0], values);
  const heading = (total: number, filters: Record<string, string[]>) =>
    resultHeading(total, { ...emptyState(), filters }, '', (_key, id) => id, genitive, say, 'fi-FI');

  it('has a genitive for every municipality, as the heading needs', () => {
    for (const term of taxonomy.terms) expect(genitive(term.id), term.id).toMatch(/n$/);
  });

  it('agrees in number and case in every combination', () => {
    expect(heading(12, {})).toBe('12 palvelua');
    expect(heading(1, {})).toBe('1 palvelu');
    expect(heading(12, { cost: ['free'] })).toBe('12 maksutonta palvelua');
    expect(heading(1, { cost: ['free'] })).toBe('1 maksuton palvelu');
    expect(heading(12, { cost: ['paid'] })).toBe('12 maksullista palvelua');
    expect(heading(1, { cost: ['paid'] })).toBe('1 maksullinen palvelu');
    expect(heading(12, { municipality: ['helsinki'] })).toBe('12 Helsingin palvelua');
    expect(heading(1, { municipality: ['helsinki'] })).toBe('1 Helsingin palvelu');
    expect(heading(12, { cost: ['free'], municipality: ['helsinki'] })).toBe('12 maksutonta Helsingin palvelua');
    expect(heading(1, { cost: ['free'], municipality: ['helsinki'] })).toBe('1 maksuton Helsingin palvelu');
    expect(heading(12, { cost: ['free'], municipality: ['helsinki', 'espoo'] })).toBe('12 maksutonta Helsingin ja Espoon palvelua');
    expect(heading(1, { cost: ['paid'], municipality: ['vantaa', 'espoo'] })).toBe('1 maksullinen Vantaan ja Espoon palvelu');
    expect(heading(12, { municipality: ['helsinki', 'espoo', 'vantaa'] })).toBe('12 Helsingin, Espoon ja Vantaan palvelua');
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

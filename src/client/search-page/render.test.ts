import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/strings.ts';
import { emptyState } from '../../lib/search-state.ts';
import { resultHeading } from './render.ts';

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

import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  emptyState,
  lastPage,
  normalizeQuery,
  pageWindow,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  serializeSearchState,
  toggleFilter,
  type KnownValues,
} from './search-state.ts';

const known: KnownValues = {
  municipality: ['helsinki', 'espoo', 'vantaa'],
  category: ['job-search-support', 'integration'],
  situation: ['home-parent'],
  language: ['fi', 'en'],
  age: ['30-54'],
  mode: ['online', 'in-person'],
  access: ['step-free'],
  support: ['childcare'],
  audience: ['spouses'],
  cost: ['free', 'paid', 'other'],
  when: ['morning', 'daytime', 'evening', 'weekend'],
};
const parse = (query: string) => parseSearchParams(query, known);

describe('search URL codec', () => {
  it('parses text, filters, sort and page', () => {
    const { state, ignored } = parse('q=cv+coaching&municipality=helsinki,espoo&cost=free&sort=updated&page=3');
    expect(state).toEqual({ q: 'cv coaching', filters: { municipality: ['helsinki', 'espoo'], cost: ['free'] }, sort: 'updated', page: 3 });
    expect(ignored).toEqual([]);
  });

  it('round-trips through the canonical form', () => {
    for (const query of [
      '',
      'q=kotiva',
      'municipality=helsinki,vantaa&category=integration',
      'q=a%20b&mode=online&sort=updated&page=2',
      'cost=free,paid&language=fi,en',
    ]) {
      const { state } = parse(query);
      const canonical = serializeSearchState(state, known);
      expect(parse(canonical).state).toEqual(state);
      expect(serializeSearchState(parse(canonical).state, known)).toBe(canonical);
    }
  });

  it('is insensitive to the order of values and parameters, and accepts repeated parameters', () => {
    const a = serializeSearchState(parse('municipality=vantaa,helsinki&cost=free&category=integration').state, known);
    const b = serializeSearchState(parse('category=integration&cost=free&municipality=helsinki&municipality=vantaa').state, known);
    expect(a).toBe(b);
    expect(a).toBe('municipality=helsinki,vantaa&category=integration&cost=free');
  });

  it('leaves defaults out of the canonical form', () => {
    expect(serializeSearchState(parse('sort=name&page=1').state, known)).toBe('');
    expect(serializeSearchState(parse('q=x&sort=relevance').state, known)).toBe('q=x');
    expect(serializeSearchState(parse('q=x&sort=name').state, known)).toBe('q=x&sort=name');
  });

  it('drops sort=relevance without text, as results are then sorted by name', () => {
    expect(serializeSearchState(parse('sort=relevance&cost=free').state, known)).toBe('cost=free');
  });

  it('normalises typed text the same way as text from a URL', () => {
    expect(normalizeQuery('  a \u0007 b\n\t c ')).toBe('a b c');
    expect(normalizeQuery('x'.repeat(300))).toHaveLength(MAX_QUERY_LENGTH);
    expect(serializeSearchState({ ...emptyState(), q: normalizeQuery('a  b ') }, known)).toBe('q=a%20b');
  });

  it('uses relevance only when there is text', () => {
    expect(effectiveSort(parse('q=cv').state)).toBe('relevance');
    expect(effectiveSort(parse('').state)).toBe('name');
    expect(effectiveSort(parse('sort=relevance').state)).toBe('name');
    expect(effectiveSort(parse('sort=updated').state)).toBe('updated');
  });

  it('drops unknown parameters and values and reports each', () => {
    const { state, ignored } = parse('municipality=helsinki,turku&colour=red&sort=random&page=0&utm_source=mail');
    expect(state.filters).toEqual({ municipality: ['helsinki'] });
    expect(ignored).toEqual([
      { param: 'municipality', value: 'turku', reason: 'unknown-value' },
      { param: 'colour', value: 'red', reason: 'unknown-parameter' },
      { param: 'sort', value: 'random', reason: 'unknown-value' },
      { param: 'page', value: '0', reason: 'invalid' },
      { param: 'utm_source', value: 'mail', reason: 'unknown-parameter' },
    ]);
  });

  it('ignores duplicate values and empty items', () => {
    expect(parse('municipality=helsinki,,helsinki,&mode=').state.filters).toEqual({ municipality: ['helsinki'] });
  });

  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '__proto__',
    'constructor',
    '../../../etc/passwd',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '\u0000\u0001\u001f',
    '\u202eevil\u202c',
    'helsinki\u200b',
    'Ｈｅｌｓｉｎｋｉ',
    '😀🎉 työ',
    'x'.repeat(10_000),
    "'; DROP TABLE services; --",
  ];

  it(`never accepts any of ${hostile.length} hostile strings as a filter value, sort or page`, () => {
    for (const value of hostile) {
      for (const param of ['municipality', 'category', 'cost', 'sort', 'page']) {
        const { state, ignored } = parseSearchParams(new URLSearchParams([[param, value]]), known);
        expect(state.filters, `${param}=${value.slice(0, 40)}`).toEqual({});
        expect(state.sort).toBeUndefined();
        expect(state.page).toBe(1);
        expect(ignored.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps hostile text as plain text in q, bounded in length, and encodes it in the URL', () => {
    for (const value of hostile) {
      const { state } = parseSearchParams(new URLSearchParams([['q', value]]), known);
      expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      const canonical = serializeSearchState(state, known);
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(canonical).not.toMatch(/[<>" \u0000]/);
      expect(parse(canonical).state.q).toBe(state.q);
    }
    expect(parseSearchParams(new URLSearchParams([['q', 'x'.repeat(500)]]), known).ignored).toEqual([
      { param: 'q', value: 'x'.repeat(500), reason: 'too-long' },
    ]);
  });

  it('treats hostile parameter names as unknown parameters', () => {
    const { state, ignored } = parse('__proto__[x]=1&constructor=2&%3Cscript%3E=3');
    expect(state).toEqual(emptyState());
    expect(ignored.map((i) => i.param)).toEqual(['__proto__[x]', 'constructor', '<script>']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('pagination', () => {
  it('counts pages, at least one', () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(41, 20)).toBe(3);
  });
  it('shows first, last and two around the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 250)).toEqual([1, 2, 3, null, 250]);
    expect(pageWindow(100, 250)).toEqual([1, null, 98, 99, 100, 101, 102, null, 250]);
    expect(pageWindow(250, 250)).toEqual([1, null, 248, 249, 250]);
  });
});

describe('filter changes', () => {
  it('toggles a value and resets to the first page', () => {
    const on = toggleFilter({ ...emptyState(), page: 4 }, 'municipality', 'espoo', true);
    expect(on).toEqual({ q: '', filters: { municipality: ['espoo'] }, page: 1 });
    expect(toggleFilter(on, 'municipality', 'espoo', false).filters).toEqual({});
  });
});

describe('the ignored-parameters note', () => {
  it('lists at most ten parts, each once, and counts the rest', async () => {
    const { summarizeIgnored, IGNORED_SHOWN } = await import('./search-state.ts');
    const many = Array.from({ length: 50_000 }, (_, i) => ({ param: 'municipality', value: `x${i}`, reason: 'unknown-value' as const }));
    const summary = summarizeIgnored(many);
    expect(summary.shown).toHaveLength(IGNORED_SHOWN);
    expect(summary.more).toBe(50_000 - IGNORED_SHOWN);
    const repeated = summarizeIgnored(Array.from({ length: 1000 }, () => ({ param: 'colour', value: 'red', reason: 'unknown-parameter' as const })));
    expect(repeated).toEqual({ shown: [{ param: 'colour', value: 'red', reason: 'unknown-parameter' }], more: 0 });
  });
});

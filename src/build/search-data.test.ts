import { describe, expect, it } from 'vitest';
import { searchData } from './search-data.ts';

const fragment = (id: string, url: string, meta: Record<string, string> = {}) => [url, { id, url, meta }] as const;

describe('search data from the Pagefind index', () => {
  const byUrl = new Map([
    fragment('en_b1', '/en/services/b/', { title: 'B', slug: 'b', summary: 'Second', updated: '2026-02-01', image: 'x.png' }),
    fragment('en_a1', '/en/services/a/', { title: 'A', slug: 'a', summary: 'First' }),
    fragment('en_p1', '/en/about/', { title: 'About' }),
    fragment('fi_a1', '/fi/services/a/', { title: 'A fi', slug: 'a' }),
  ]);

  it("lists Pagefind's page ids in the filter index's order, the locale's other pages apart", () => {
    const { ids, pages } = searchData({ slugs: ['a', 'b'], generation: 'g1' }, 'en', byUrl);
    expect(ids).toEqual({ version: 1, generation: 'g1', ids: ['en_a1', 'en_b1'], pages: ['en_p1'] });
    expect(pages).toEqual({ version: 1, pages: ['en_p1'] });
    const fi = searchData({ slugs: ['a'], generation: 'g1' }, 'fi', byUrl);
    expect([fi.ids, fi.pages]).toEqual([
      { version: 1, generation: 'g1', ids: ['fi_a1'], pages: [] },
      { version: 1, pages: [] },
    ]);
  });

  it('fails naming the services Pagefind did not index', () => {
    expect(() => searchData({ slugs: ['a', 'c'], generation: 'g1' }, 'en', byUrl)).toThrow('Services missing from the Pagefind index (1): /en/services/c/');
  });
});

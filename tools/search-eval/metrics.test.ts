import { describe, expect, it } from 'vitest';
import { figuresTable, scoreQuery, summarise, type QueryOutcome } from './metrics.ts';

const outcome = (locale: string, kind: string, q: string, relevant: string[], ranked: string[], matched: number): QueryOutcome => ({
  query: { locale, kind, q, relevant },
  ranked,
  matched,
  catalogue: 40,
});

describe('search evaluation figures', () => {
  it('scores recall in the first ten, a hit in the top three, and the share of the catalogue matched', () => {
    const ranked = ['a', 'b', 'c', 'x', 'e', 'f', 'g', 'h', 'i', 'j', 'y'];
    expect(scoreQuery(outcome('fi', 'base', 'q', ['x', 'y'], ranked, 20))).toEqual({
      recall: 0.5,
      top3: false,
      noise: 0.5,
      irrelevantTop5: false,
      empty: false,
    });
    expect(scoreQuery(outcome('fi', 'base', 'q', ['c'], ranked, 4))).toEqual({ recall: 1, top3: true, noise: 0.1, irrelevantTop5: false, empty: false });
    expect(scoreQuery(outcome('fi', 'base', 'q', ['c'], [], 0))).toEqual({ recall: 0, top3: false, noise: 0, irrelevantTop5: false, empty: true });
    const noisy = {
      ...outcome('en', 'generic', 'q', ['a'], ['a', 'b', 'c', 'd', 'z', 'y'], 6),
      query: { locale: 'en', kind: 'generic', q: 'q', relevant: ['a'], irrelevant: ['z'] },
    };
    expect(scoreQuery(noisy).irrelevantTop5).toBe(true);
    expect(scoreQuery({ ...noisy, ranked: ['a', 'b', 'c', 'd', 'e', 'z'] }).irrelevantTop5).toBe(false);
  });

  it('sums up per locale and kind, with an all row per locale, and names the misses', () => {
    const rows = summarise([
      outcome('fi', 'base', 'työkokeilu', ['a'], ['a'], 1),
      outcome('fi', 'typo', 'työkokelu', ['a'], ['b'], 1),
      outcome('en', 'base', 'work trial', ['a'], ['b', 'c', 'a'], 3),
    ]);
    expect(rows.map((r) => [r.locale, r.kind, r.queries, r.recallAt10, r.top3, r.misses])).toEqual([
      ['fi', 'base', 1, 1, 1, []],
      ['fi', 'typo', 1, 0, 0, ['työkokelu']],
      ['fi', 'all', 2, 0.5, 0.5, ['työkokelu']],
      ['en', 'base', 1, 1, 1, []],
      ['en', 'all', 1, 1, 1, []],
    ]);
    expect(figuresTable(rows)).toContain('| fi | typo | 1 | 0 % | 0 % | 3 % | 0 % | 0 % | “työkokelu” |');
  });
});

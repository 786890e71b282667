import { describe, expect, it } from 'vitest';
import { otherLocales, ownHits } from './other-locale.ts';

describe('a word found in the other locale', () => {
  it('is looked for in every locale but the page’s own', () => {
    expect(otherLocales('en')).toEqual(['fi']);
    expect(otherLocales('fi')).toEqual(['en']);
  });

  it('maps the other locale’s services to the page’s own ids by slug, scored against the best and weighted', () => {
    const ids = new Map([
      ['work-trial', 'en_1'],
      ['pay-subsidy', 'en_2'],
    ]);
    const hits = ownHits(
      [
        { slug: 'work-trial', score: 4 },
        { slug: 'pay-subsidy', score: 1 },
        { slug: 'only-in-finnish', score: 8 },
      ],
      (slug) => ids.get(slug),
      0.5,
    );
    expect([...hits]).toEqual([
      ['en_1', 0.25],
      ['en_2', 0.0625],
    ]);
  });

  it('finds nothing when the other locale finds nothing', () => {
    expect(ownHits([], () => 'x', 1).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { isGeneric, noneMatchesEvery, rankBestEffort, wordWeight, type WordHits } from './best-effort.ts';

const hits = (word: string, entries: Record<string, number>, more: Partial<WordHits> = {}): WordHits => ({
  word,
  hits: new Map(Object.entries(entries)),
  ...more,
});

const fill = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 0.5]));

describe('best effort over several words', () => {
  it('puts the services matching every word first, then those matching the rarer words', () => {
    const ranked = rankBestEffort([hits('finnish', { a: 1, b: 1, c: 1, d: 1 }), hits('course', { a: 1, e: 1 }), hits('childcare', { c: 1 })], 40);
    // No service matches all three: c has the rarest word, so it comes before a.
    expect(ranked.slice(0, 2)).toEqual(['c', 'a']);
    expect(ranked).toHaveLength(5);
    expect(rankBestEffort([hits('finnish', { a: 1, b: 1 }), hits('course', { b: 1, z: 1 })], 40)[0]).toBe('b');
  });

  it('tells when no service has every word of a search (compound parts found apart do not count)', () => {
    expect(noneMatchesEvery([hits('yki', { test: 1 }), hits('mentoring', { mentor: 1 })])).toBe(true);
    expect(noneMatchesEvery([hits('finnish', { a: 1, b: 1 }), hits('course', { b: 1 })])).toBe(false);
    expect(noneMatchesEvery([hits('työkokeilu', { a: 1 }), hits('hakemus', {}, { loose: new Map([['a', 1]]) })])).toBe(true);
    // One word, or a word that found nothing: nothing to tell.
    expect(noneMatchesEvery([hits('cv', { a: 1 })])).toBe(false);
    expect(noneMatchesEvery([hits('nurse', { r: 1 }), hits('qwerty', {})])).toBe(false);
  });

  it('lets a word that found nothing take nothing away', () => {
    expect(rankBestEffort([hits('nurse', { r: 5 }), hits('license', {})], 40)).toEqual(['r']);
  });

  it('weighs a rare word more than a common one, and a better match of a word more', () => {
    expect(wordWeight(2, 60)).toBeGreaterThan(wordWeight(20, 60));
    expect(rankBestEffort([hits('cv', { body: 1, name: 8 })], 60)).toEqual(['name', 'body']);
  });

  it('never lets generic words alone put a service above one matching a telling word', () => {
    const catalogue = 10;
    const everywhere = Object.fromEntries([...'abcdefghi'].map((id) => [id, 9]));
    expect(isGeneric(9, catalogue)).toBe(true);
    const ranked = rankBestEffort([hits('finland', everywhere), hits('services', { ...everywhere, x: 1 }), hits('mentoring', { m: 0.1, x: 0.1 })], catalogue);
    expect(ranked.slice(0, 2)).toEqual(['x', 'm']);
  });

  it('lets a service that matches the rarer word far better come before one that mentions both words in passing', () => {
    // "työkokeiluun hakeminen": the service named so, against one mentioning a work trial and an application.
    const ranked = rankBestEffort([hits('työkokeiluun', { named: 1, mentions: 0.1 }), hits('hakeminen', { mentions: 0.3, other: 1, ...fill(20) })], 60);
    expect(ranked[0]).toBe('named');
    // Matched equally well, the service matching both words comes first.
    expect(rankBestEffort([hits('työkokeiluun', { one: 1, both: 1 }), hits('hakeminen', { both: 1, ...fill(20) })], 60)[0]).toBe('both');
  });

  it('counts compound parts found apart for a little, never as a match of the word', () => {
    const parts = new Map([['apart', 1]]);
    const ranked = rankBestEffort([hits('työkokeilu', { trial: 1 }, { loose: parts }), hits('hakemus', { apart: 1, trial: 0.5 })], 60);
    expect(ranked).toEqual(['trial', 'apart']);
    // A word found only by its parts still finds them.
    expect(rankBestEffort([hits('kotoutumisohjelma', {}, { loose: parts })], 60)).toEqual(['apart']);
  });

  it('puts the services offered in a named place first, when they match another word', () => {
    const place = hits('espoossa', { espoo: 1, everywhere: 1, espooOnly: 1 }, { place: true });
    const ranked = rankBestEffort([hits('finnish', { helsinki: 1, everywhere: 0.5 }), hits('course', { helsinki: 1, everywhere: 0.4 }), place], 60);
    // The Helsinki course matches both words better, but it is not offered in Espoo: the services offered there come
    // first, those matching another word before those matching only the place.
    expect(ranked[0]).toBe('everywhere');
    expect(ranked.slice(1, 3).sort()).toEqual(['espoo', 'espooOnly']);
    expect(ranked.at(-1)).toBe('helsinki');
  });
});

import { describe, expect, it } from 'vitest';
import { isGeneric, rankBestEffort, wordWeight, type WordHits } from './best-effort.ts';

const hits = (word: string, entries: Record<string, number>): WordHits => ({ word, hits: new Map(Object.entries(entries)) });

describe('best effort over several words', () => {
  it('puts the services matching every word first, then those matching the rarer words', () => {
    const ranked = rankBestEffort([hits('finnish', { a: 1, b: 1, c: 1, d: 1 }), hits('course', { a: 1, e: 1 }), hits('childcare', { c: 1 })], 40);
    // No service matches all three: c has the rarest word, so it comes before a.
    expect(ranked.slice(0, 2)).toEqual(['c', 'a']);
    expect(ranked).toHaveLength(5);
    expect(rankBestEffort([hits('finnish', { a: 1, b: 1 }), hits('course', { b: 1, z: 1 })], 40)[0]).toBe('b');
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
});

import { describe, expect, it } from 'vitest';
import { keyQueries, MAX_PAGE_KEYS, nenKey, pageWordKeys, wordKeys } from './page-word-keys.ts';

describe('Finnish word keys for program pages', () => {
  it('brings the forms of a noun in -nen to one s-stem', () => {
    const forms = ['liittyminen', 'liittymisen', 'liittymistä', 'liittymiseen', 'liittymisestä', 'liittymiset', 'liittymisiä'];
    expect(new Set(forms.map(nenKey))).toEqual(new Set(['liittymis']));
    expect(new Set(['nainen', 'naisen', 'naista', 'naisten'].map(nenKey))).toEqual(new Set(['nais']));
  });

  it('gives an ordinary noun its form key and no -nen stem', () => {
    expect(nenKey('kieli')).toBeUndefined();
    expect(nenKey('työ')).toBeUndefined();
    expect(wordKeys('työllistymispolun')).toEqual(wordKeys('työllistymispolku'));
  });

  it("a page's keys meet the keys of a search in another form", () => {
    const page = pageWordKeys('Olitpa jo mukana ohjelmassa tai vasta harkitsemassa liittymistä.');
    for (const typed of ['liittyminen', 'liittymisen', 'liittymiseen']) {
      expect(
        keyQueries(typed).some((query) => page.includes(query)),
        typed,
      ).toBe(true);
    }
  });

  it('adds only searches that differ from the one typed, each word keyed', () => {
    expect(keyQueries('liittyminen ohjelmaan')).toEqual(['liittymin ohjelm', 'liittymis ohjelm']);
    expect(keyQueries('cv')).toEqual([]);
  });

  it('keeps a page to MAX_PAGE_KEYS keys', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `sana${'abcdefghij'[i % 10]}${i.toString(36)}nen`.replace(/\d/g, 'k')).join(' ');
    expect(pageWordKeys(text).length).toBeLessThanOrEqual(MAX_PAGE_KEYS);
  });
});

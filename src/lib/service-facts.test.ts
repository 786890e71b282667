import { describe, expect, it } from 'vitest';
import en from '../i18n/strings/en.json' with { type: 'json' };
import fi from '../i18n/strings/fi.json' with { type: 'json' };
import { factKeys, termList } from './service-facts.ts';

const say = (strings: Record<string, string>, key: string) => strings[key];

describe('service page facts', () => {
  it('writes the terms after the first in lower case, unless they keep their case', () => {
    expect(termList(['Yritykset ja työnantajat', 'Asukkaat'])).toBe('Yritykset ja työnantajat, asukkaat');
    expect(termList(['Verkossa', 'Puhelimitse'])).toBe('Verkossa, puhelimitse');
    expect(termList(['Suomi', 'Englanti'])).toBe('Suomi, englanti');
    expect(termList(['Finnish', 'English'], true)).toBe('Finnish, English');
    expect(termList([])).toBe('');
  });

  it('asks benefits how to apply and says applying is free; other services how to get started', () => {
    const benefit = factKeys(['financial-support', 'employment'], 'free');
    expect([say(fi, benefit.howToJoin), say(fi, benefit.cost)]).toEqual(['Näin haet', 'Hakeminen on maksutonta']);
    expect([say(en, benefit.howToJoin), say(en, benefit.cost)]).toEqual(['How to apply', 'Applying is free']);
    const course = factKeys(['studies'], 'free');
    expect([say(fi, course.howToJoin), say(fi, course.cost)]).toEqual(['Näin pääset alkuun', 'Maksuton']);
    expect(say(en, course.howToJoin)).toBe('How to take part');
    expect(say(fi, factKeys(['financial-support'], 'other').cost)).toBe('Hinta vaihtelee');
  });
});

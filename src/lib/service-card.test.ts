import { describe, expect, it } from 'vitest';
import { cardFacts, serviceCard } from './service-card.ts';

describe('serviceCard', () => {
  it('keeps the card keys in their order, and drops empty values and metadata of its own (as Pagefind does)', () => {
    const card = serviceCard('/en/services/kotiva/', {
      updated: '2026-09-15',
      support: '',
      summary: 'A course.',
      image: '/x.png',
      slug: 'kotiva',
      title: 'KOTIVA Finnish course',
      categories: 'Integration services',
      cost: 'Free of charge',
    });
    expect(card).toEqual({
      url: '/en/services/kotiva/',
      meta: {
        title: 'KOTIVA Finnish course',
        slug: 'kotiva',
        summary: 'A course.',
        categories: 'Integration services',
        cost: 'Free of charge',
        updated: '2026-09-15',
      },
    });
    expect(JSON.stringify(Object.keys(card.meta))).toBe('["title","slug","summary","categories","cost","updated"]');
  });

  it('gives a card whose facts the results join like the static lists', () => {
    const { meta } = serviceCard('/fi/services/a/', { title: 'Nimi', municipalities: '*', cost: 'Maksuton', support: '' });
    expect(cardFacts(meta, 'Kaikki kunnat')).toEqual(['Kaikki kunnat', 'Maksuton']);
  });

  it('says when the service runs, after its cost', () => {
    const { meta } = serviceCard('/fi/services/a/', { title: 'Nimi', municipalities: 'Espoo', cost: 'Maksuton', when: 'Iltaisin · Viikonloppuisin' });
    expect(cardFacts(meta, 'Kaikki kunnat')).toEqual(['Espoo', 'Maksuton', 'Iltaisin · Viikonloppuisin']);
  });
});

import { describe, expect, it } from 'vitest';
import { isTranslatable } from './common.ts';
import { serviceSchema } from './service.ts';
import type { TaxonomyIds } from './taxonomy.ts';
import type { z } from 'astro/zod';

const terms: TaxonomyIds = {
  municipalities: ['helsinki', 'espoo'],
  categories: ['integration'],
  situations: ['home-parent'],
  languages: ['fi', 'en'],
  modes: ['in-person'],
  accessibility: ['step-free'],
  support: ['childcare'],
  ages: ['30-54'],
  audiences: ['residents'],
  dayparts: ['morning', 'evening'],
};
const schema = serviceSchema(terms);
const valid = {
  name: 'Kotoklubi Kaneli',
  summary: 'A club for parents at home with children.',
  provider: 'Family association',
  categories: ['integration'],
  municipalities: ['helsinki'],
  situations: ['home-parent'],
  audiences: ['residents'],
  ages: ['30-54'],
  languages: ['fi', 'en'],
  modes: ['in-person'],
  cost: 'free',
  howToJoin: 'Come along.',
  status: 'published',
  updated: '2026-05-01',
  reviewed: '2026-05-01',
  owner: 'perheet@example.org',
};

describe('service schema', () => {
  it('accepts a complete service and defaults keywords', () => {
    const parsed = schema.parse(valid);
    expect(parsed.keywords).toEqual([]);
  });
  it('accepts "all" municipalities', () => {
    expect(schema.safeParse({ ...valid, municipalities: ['all'] }).success).toBe(true);
  });
  it('limits the summary to 150 characters', () => {
    expect(schema.safeParse({ ...valid, summary: 'a'.repeat(150) }).success).toBe(true);
    expect(schema.safeParse({ ...valid, summary: 'a'.repeat(151) }).success).toBe(false);
  });
  it('rejects unknown taxonomy ids with the known ids in the message', () => {
    const result = schema.safeParse({ ...valid, languages: ['sv'] });
    expect(result.error?.issues[0]?.message).toBe('unknown languages id "sv"; known ids: fi, en');
  });
  it('refuses a place in a municipality that is not in the taxonomy, naming the known ones', () => {
    const place = (municipality: string) => ({ ...valid, locations: [{ name: 'Library', address: 'Street 1', municipality }] });
    expect(schema.safeParse(place('espoo')).success).toBe(true);
    const result = schema.safeParse(place('tampere'));
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'locations.0.municipality: unknown municipalities id "tampere"; known ids: helsinki, espoo',
    ]);
  });

  it('marks text fields translatable and structured fields not', () => {
    const shape = schema.shape as Record<string, z.ZodType>;
    const translatable = Object.keys(shape).filter((k) => isTranslatable(shape[k]!));
    expect(translatable).toEqual(expect.arrayContaining(['name', 'summary', 'keywords', 'howToJoin', 'links', 'contacts']));
    expect(translatable).not.toEqual(expect.arrayContaining(['categories']));
    for (const structured of ['categories', 'municipalities', 'cost', 'status', 'updated', 'reviewed', 'owner', 'related']) {
      expect(isTranslatable(shape[structured]!), structured).toBe(false);
    }
  });
});

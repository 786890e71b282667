import { z } from 'astro/zod';
import { id, localized, singleLineText } from './common.ts';
import { parseSearchParams, type KnownValues } from '../lib/search-state.ts';

/**
 * "Popular searches" (Suosituimmat haut, seed 004): `content/popular-searches.yaml`, a list of links to filtered
 * searches. `query` is a search query string in the URL contract; every parameter and value must be known.
 */
export function popularSearchSchema(known: KnownValues) {
  return z.strictObject({
    id,
    label: localized(singleLineText.max(60, { error: 'must be at most 60 characters' })),
    query: z
      .string({ error: 'expected a search query such as "category=job-search-support&municipality=helsinki"' })
      .min(1)
      .superRefine((query, ctx) => {
        for (const item of parseSearchParams(query.replace(/^\?/, ''), known).ignored) {
          ctx.addIssue({ code: 'custom', message: `unknown ${item.reason === 'unknown-parameter' ? 'parameter' : 'value'} "${item.param}${item.value !== undefined ? `=${item.value}` : ''}"` });
        }
      }),
  });
}

export function popularSearchesFile(known: KnownValues) {
  return z.array(popularSearchSchema(known), { error: 'expected a list of popular searches' }).max(12, { error: 'keep the list short: at most 12' });
}

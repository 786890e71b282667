import { z } from 'astro/zod';
import { id, idsOnce, localized, singleLineText } from './common.ts';
import { parseSearchParams, type KnownValues } from '../lib/search-state.ts';

/**
 * "Popular searches" (Suosituimmat haut, seed 004): `content/popular-searches.yaml`, a list of links to searches.
 * `text` holds the search words, one per language ("work trial" / "työkokeilu"): words are language, so the Finnish
 * page must search Finnish words. `query` holds the filters in the URL contract (parameter names and taxonomy ids),
 * which are the same in every language; every parameter and value must be known.
 */
export function popularSearchSchema(known: KnownValues) {
  return z
    .strictObject({
      id,
      label: localized(singleLineText.max(60, { error: 'must be at most 60 characters' })),
      text: localized(singleLineText.max(100, { error: 'must be at most 100 characters' })).optional(),
      query: z
        .string({ error: 'expected filters such as "category=job-search-support&municipality=helsinki"' })
        .min(1)
        .max(500, { error: 'must be at most 500 characters' })
        .superRefine((query, ctx) => {
          const params = new URLSearchParams(query.replace(/^\?/, ''));
          if (params.has('q')) ctx.addIssue({ code: 'custom', message: 'search words go in `text`, one per language (en: …, fi: …), not in the query' });
          params.delete('q');
          for (const item of parseSearchParams(params, known).ignored) {
            ctx.addIssue({
              code: 'custom',
              message: `unknown ${item.reason === 'unknown-parameter' ? 'parameter' : 'value'} "${item.param}${item.value !== undefined ? `=${item.value}` : ''}"`,
            });
          }
        })
        .optional(),
    })
    .refine((search) => search.text || search.query, { error: 'give search words (`text`), filters (`query`) or both' });
}

/** The query string of a popular search in a locale: its filters, plus its words in that language. */
export function popularSearchParams(search: { text?: Record<string, string> | undefined; query?: string | undefined }, locale: string): URLSearchParams {
  const params = new URLSearchParams(search.query ?? '');
  const text = search.text?.[locale];
  if (text) params.set('q', text);
  return params;
}

export function popularSearchesFile(known: KnownValues) {
  return z
    .array(popularSearchSchema(known), { error: 'expected a list of popular searches' })
    .max(12, { error: 'keep the list short: at most 12' })
    .superRefine(idsOnce);
}

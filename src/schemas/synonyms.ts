import { z } from 'astro/zod';
import { singleLineText } from './common.ts';

/**
 * The search words of one language, `content/synonyms/<locale>.yaml`, kept by editors (issue 18):
 * - `synonyms`: words people search with and the words the catalogue uses. `same` lists words that mean the same
 *   (pay subsidy, wage subsidy); `search` words find services that say one of the `finds` words (toddler finds
 *   "small children", not the other way round).
 * - `compoundParts` (Finnish): the parts compound words are made of (kahvila, valmennus), so that a part finds the
 *   compound ("kahvila" finds "kielikahvila"). A part written `työn: työ` is how it starts a compound and the word
 *   it is indexed as.
 * - `ignoredWords`: words a search is made without when it has others ("where", "can", "miten", "haluan"), so
 *   that "where can I learn Finnish" is searched as "learn Finnish". Applied in the browser.
 * Applied when the site is indexed (src/lib/search-terms.ts): the address of a search stays as it was typed.
 */
/** The largest search words file: each page gains at most 40 of its phrases (src/lib/search-terms.ts), and a larger file is no list an editor keeps. */
export const MAX_SYNONYMS_BYTES = 64 * 1024;

const word = singleLineText.max(60, { error: 'must be at most 60 characters' });
const words = z.array(word).min(1).max(20, { error: 'at most 20 words in one entry' });

const synonym = z.union(
  [
    z.strictObject({ same: z.array(word).min(2, { error: 'list at least two words that mean the same' }).max(20) }),
    z.strictObject({ search: words, finds: words }),
  ],
  { error: 'expected `same: [words]`, or `search: [words]` with `finds: [words]`' },
);

const part = z.union([
  z.string().regex(/^\p{Ll}{2,30}$/u, { error: 'a part is one word in lower case' }),
  z.record(z.string().regex(/^\p{Ll}{2,30}$/u), z.string().regex(/^\p{Ll}{2,30}$/u)),
]);

export const synonymsFile = z.strictObject({
  synonyms: z.array(synonym).max(1000).default([]),
  compoundParts: z.array(part).max(2000).default([]),
  ignoredWords: z
    .array(z.string().regex(/^\p{Ll}{1,30}$/u, { error: 'an ignored word is one word in lower case' }))
    .max(500)
    .default([]),
});
export type SearchWords = z.infer<typeof synonymsFile>;

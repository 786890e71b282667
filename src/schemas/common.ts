/**
 * Building blocks shared by every content schema. Plain TypeScript + zod only:
 * these run in Astro's content layer, in the content CLI (Node), in tests and in the CMS config generator.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { withRule, type CmsMeta } from './cms-meta.ts';

/**
 * Size limits that keep one file from swelling every output (a page, services.json, the search data) or from
 * stalling the build. Generous for real content: the longest demo file is about 3.4 KB, the longest body about
 * 2,500 characters, the most keywords 12, the longest word (a web address) 89 characters, the deepest body
 * nesting 4, the largest taxonomy 10 terms.
 */
export const CONTENT_LIMITS = {
  /** Bytes of one content file (front matter and body together). */
  fileBytes: 100_000,
  bodyCharacters: 20_000,
  keywords: 30,
  keywordCharacters: 60,
  /** Items of a list of places, contacts, links, attachments, related services or filter values. */
  listItems: 50,
  /** Characters of one word (a run without white space) in any text or body. */
  wordCharacters: 200,
  /** Characters of a link address in a body. */
  urlCharacters: 2_000,
  /** Levels of nested quotes, lists, emphasis and links in a body. */
  nestingDepth: 16,
  /** Terms of one taxonomy. */
  taxonomyTerms: 200,
  /** Characters of an id or slug (a file name without its extension); generated catalogues reach 90. */
  idCharacters: 100,
} as const;

/** A stable ASCII identifier: taxonomy term ids, slugs and the names of content files. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = withRule(
  z
    .string({ error: 'expected a text id' })
    .regex(idPattern, { error: 'expected a lowercase ASCII id such as "job-search" (a-z, 0-9 and single hyphens)' })
    .max(CONTENT_LIMITS.idCharacters, { error: `must be at most ${CONTENT_LIMITS.idCharacters} characters` }),
  'id',
);

/**
 * For a list of items with ids (popular searches, taxonomy terms): each id once, in any case, so that no item
 * silently replaces another where they are looked up by id.
 */
export function idsOnce(items: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = item.id.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${item.id}"; give each item its own id` });
    seen.add(key);
  });
}

/** Fields marked translatable may differ between locale files; every other field must be identical. */
export function translatable<T extends z.ZodType>(schema: T): T {
  return schema.meta({ translatable: true } satisfies CmsMeta);
}

export function isTranslatable(schema: z.ZodType): boolean {
  return schema.meta()?.translatable === true;
}

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date object; both are accepted. */
export const isoDate = withRule(
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-03-31' }),
  ),
  'date',
);

const allowedProtocols = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Links accept only http(s), mailto and tel: never javascript:, data: or relative paths. A refinement or a URL
 * format is not a regular expression in JSON Schema, so each gives the CMS form a (looser) pattern of its own.
 */
export const safeUrl = withRule(
  z
    .string({ error: 'expected a link (https://, mailto: or tel:)' })
    .max(2_000, { error: 'must be at most 2,000 characters' })
    .refine(
      (value) => {
        try {
          const url = new URL(value.trim());
          return allowedProtocols.includes(url.protocol) && value === value.trim();
        } catch {
          return false;
        }
      },
      { error: 'expected an http(s), mailto: or tel: link' },
    ),
  'link',
  '^(?:https?://\\S+|mailto:\\S+|tel:\\S+)$',
);

export const webUrl = withRule(
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected a web address starting with https:// or http://' })
    .max(2_000, { error: 'must be at most 2,000 characters' }),
  'webAddress',
  '^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(?::[0-9]{1,5})?(?:[/?#]\\S*)?$',
);

export const email = withRule(z.email({ error: 'expected an e-mail address' }).max(254, { error: 'must be at most 254 characters' }), 'email');

/** Text that must exist in every configured locale, for YAML files that hold all locales in one place. */
export function localized<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>;
  return z.strictObject(shape, { error: `expected text for every locale: ${localeCodes.join(', ')}` });
}

/**
 * Characters no editor text may hold: C0 controls but tab and line breaks, DEL, the C1 controls (U+0080-U+009F, which
 * terminals read as escape sequences), and the bidirectional overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), which can make text read differently from what it is. Single-line text
 * also refuses line breaks (CR, LF, U+2028, U+2029): a title with a line break wrote extra properties into the
 * iCal feeds. Written as regexes (not refinements) so that the CMS form mirrors them as patterns.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const multiLineCharacters = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]*$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const singleLineCharacters = /^[^\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/;
/** At least one character that is not white space or a zero-width character. */
export const visibleCharacter = /[^\s\u200B-\u200D\u2060\uFEFF]/;
/** The patterns above; they check hygiene, not shape, so the CMS chooses a text's widget without them. */
export const textHygienePatterns: readonly RegExp[] = [multiLineCharacters, singleLineCharacters, visibleCharacter];

/** The first word (a run without white space) longer than the cap, for the message; none when every word fits. */
export function overlongWord(text: string, max: number = CONTENT_LIMITS.wordCharacters): string | undefined {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || /\s/.test(text[i]!);
    if (space) {
      if (start >= 0 && i - start > max) return text.slice(start, i);
      start = -1;
    } else if (start < 0) start = i;
  }
  return undefined;
}

const wordMessage = (issue: { input: unknown }) => {
  const word = overlongWord(String(issue.input)) ?? '';
  return `has a word of ${word.length} characters ("${word.slice(0, 20)}…"); a word is at most ${CONTENT_LIMITS.wordCharacters} characters: add spaces, or put a long address in a link`;
};

const controlMessage = 'contains a control or text-direction character (e.g. U+202E); retype the text or paste it as plain text';

/** Text of one or more lines (descriptions, how to take part). */
export const nonEmptyText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(visibleCharacter, { error: 'must contain visible text' })
  .regex(multiLineCharacters, { error: controlMessage })
  .max(2_000, { error: 'must be at most 2,000 characters' })
  .refine((text) => !overlongWord(text), { error: wordMessage });

/** Text of one line: names, titles, labels, summaries, the provider, keywords. */
export const singleLineText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(visibleCharacter, { error: 'must contain visible text' })
  .regex(singleLineCharacters, { error: 'must be one line, without control or text-direction characters (e.g. U+202E)' })
  .max(300, { error: 'must be at most 300 characters' })
  .refine((text) => !overlongWord(text), { error: wordMessage });

/** For checks outside zod (Markdown bodies): the first character that `multiLineCharacters` refuses. */
export function forbiddenCharacter(text: string): { char: string; message: string } | undefined {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const match = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { char: match[0], message: `contains a control or text-direction character (${code}); retype the text or paste it as plain text` };
}

export const publicationStatus = z
  .enum(['draft', 'published', 'outdated', 'archived'], {
    error: 'expected one of: draft, published, outdated, archived',
  })
  .meta({ optionKey: 'cms.status' } satisfies CmsMeta);

/** The one place the form explains status (the toolbar's Save/Publish only stores the entry). */
export const STATUS_HINT = {
  en: 'Saving does not change this: choose Published to show the page, Draft to keep it off the site.',
  fi: 'Tallentaminen ei muuta tätä: valitse Julkaistu, niin sivu näkyy, tai Luonnos, niin se ei näy.',
};
export type PublicationStatus = z.infer<typeof publicationStatus>;

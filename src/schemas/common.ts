/**
 * Building blocks shared by every content schema. Plain TypeScript + zod only:
 * these run in Astro's content layer, in the content CLI (Node), in tests and in the CMS config generator.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { withRule, type CmsMeta } from './cms-meta.ts';

/** A stable ASCII identifier: taxonomy term ids and slugs. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = withRule(
  z.string({ error: 'expected a text id' }).regex(idPattern, { error: 'expected a lowercase ASCII id such as "job-search" (a-z, 0-9 and single hyphens)' }),
  'id',
);

/** Fields marked translatable may differ between locale files; every other field must be identical. */
export function translatable<T extends z.ZodType>(schema: T): T {
  return schema.meta({ translatable: true } satisfies CmsMeta) as T;
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
  z.string({ error: 'expected a link (https://, mailto: or tel:)' }).refine(
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
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected a web address starting with https:// or http://' }),
  'webAddress',
  '^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(?::[0-9]{1,5})?(?:[/?#]\\S*)?$',
);

export const email = withRule(z.email({ error: 'expected an e-mail address' }), 'email');

/** Text that must exist in every configured locale, for YAML files that hold all locales in one place. */
export function localized<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>;
  return z.strictObject(shape, { error: `expected text for every locale: ${localeCodes.join(', ')}` });
}

/**
 * Characters no editor text may hold: C0 controls but tab and line breaks, DEL, and the bidirectional overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), which can make text read differently from what it is. Single-line text
 * also refuses line breaks (CR, LF, U+2028, U+2029): a title with a line break wrote extra properties into the
 * iCal feeds. Written as regexes (not refinements) so that the CMS form mirrors them as patterns.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const multiLineCharacters = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u202A-\u202E\u2066-\u2069]*$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const singleLineCharacters = /^[^\x00-\x1F\x7F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/;
/** At least one character that is not white space or a zero-width character. */
export const visibleCharacter = /[^\s\u200B-\u200D\u2060\uFEFF]/;
/** The patterns above; they check hygiene, not shape, so the CMS chooses a text's widget without them. */
export const textHygienePatterns: readonly RegExp[] = [multiLineCharacters, singleLineCharacters, visibleCharacter];

const controlMessage = 'contains a control or text-direction character (e.g. U+202E); retype the text or paste it as plain text';

/** Text of one or more lines (descriptions, how to take part). */
export const nonEmptyText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(visibleCharacter, { error: 'must contain visible text' })
  .regex(multiLineCharacters, { error: controlMessage })
  .max(2_000, { error: 'must be at most 2,000 characters' });

/** Text of one line: names, titles, labels, summaries, the provider, keywords. */
export const singleLineText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(visibleCharacter, { error: 'must contain visible text' })
  .regex(singleLineCharacters, { error: 'must be one line, without control or text-direction characters (e.g. U+202E)' })
  .max(300, { error: 'must be at most 300 characters' });

/** For checks outside zod (Markdown bodies): the first character that `multiLineCharacters` refuses. */
export function forbiddenCharacter(text: string): { char: string; message: string } | undefined {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const match = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u202A-\u202E\u2066-\u2069]/.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { char: match[0], message: `contains a control or text-direction character (${code}); retype the text or paste it as plain text` };
}

/**
 * Size limits that keep one file from swelling every output (a page, services.json, the search data).
 * Generous for real content: the longest demo body is about 2,500 characters, the most keywords 12.
 */
export const CONTENT_LIMITS = {
  bodyCharacters: 20_000,
  keywords: 30,
  keywordCharacters: 60,
  listItems: 50,
} as const;

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

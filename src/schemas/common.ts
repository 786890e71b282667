/**
 * Building blocks shared by every content schema. Plain TypeScript + zod only:
 * these run in Astro's content layer, in the content CLI (Node), in tests and in the CMS config generator.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';

/** A stable ASCII identifier: taxonomy term ids and slugs. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z
  .string({ error: 'expected a text id' })
  .regex(idPattern, { error: 'expected a lowercase ASCII id such as "job-search" (a-z, 0-9 and single hyphens)' });

/** Fields marked translatable may differ between locale files; every other field must be identical. */
export function translatable<T extends z.ZodType>(schema: T): T {
  return schema.meta({ translatable: true }) as T;
}

export function isTranslatable(schema: z.ZodType): boolean {
  return schema.meta()?.translatable === true;
}

/** A calendar date written as YYYY-MM-DD. YAML may hand us a Date object; both are accepted. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-03-31' }),
);

const allowedProtocols = ['http:', 'https:', 'mailto:', 'tel:'];

/** Links accept only http(s), mailto and tel: never javascript:, data: or relative paths. */
export const safeUrl = z.string({ error: 'expected a link (https://, mailto: or tel:)' }).refine(
  (value) => {
    try {
      const url = new URL(value.trim());
      return allowedProtocols.includes(url.protocol) && value === value.trim();
    } catch {
      return false;
    }
  },
  { error: 'expected an http(s), mailto: or tel: link' },
);

export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'expected a web address starting with https:// or http://',
});

export const email = z.email({ error: 'expected an e-mail address' });

/** Text that must exist in every configured locale, for YAML files that hold all locales in one place. */
export function localized<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, T>;
  return z.strictObject(shape, { error: `expected text for every locale: ${localeCodes.join(', ')}` });
}

export const nonEmptyText = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

export const publicationStatus = z.enum(['draft', 'published', 'outdated', 'archived'], {
  error: 'expected one of: draft, published, outdated, archived',
});
export type PublicationStatus = z.infer<typeof publicationStatus>;

import { z } from 'astro/zod';
import { CONTENT_LIMITS, email, id, isoDate, nonEmptyText, publicationStatus, safeUrl, singleLineText, translatable } from './common.ts';
import { termFields, termRef, type TaxonomyIds } from './taxonomy.ts';
import { ALL_TERMS, costTypes } from '../lib/facets.ts';

/** PTV (Suomi.fi service catalogue) limits the short description to 150 characters. */
export const SUMMARY_MAX = 150;

/** Municipalities may be listed one by one or as this single value. */
export const ALL_MUNICIPALITIES = ALL_TERMS;

import { ATTACHMENT_TYPES, attachmentPath } from './attachments.ts';
export { costTypes };

/** A place: its municipality is one of the taxonomy's ("tampere" and "tikkurila" were accepted as free text). */
const location = (terms: TaxonomyIds) =>
  z.strictObject({
    name: singleLineText,
    address: singleLineText.optional(),
    municipality: termRef(terms.municipalities, 'municipalities').optional(),
  });

const contact = z
  .strictObject({
    label: singleLineText,
    email: email.optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()-]{5,20}$/, { error: 'expected a phone number such as +358 9 310 1234' })
      .optional(),
    url: safeUrl.optional(),
  })
  .refine((c) => c.email || c.phone || c.url, { error: 'a contact needs an email, phone or url' });

const link = z.strictObject({ label: singleLineText, url: safeUrl });

const attachment = z.strictObject({
  label: singleLineText,
  file: z.string().regex(attachmentPath, {
    error: `expected a file under /attachments/ of type ${ATTACHMENT_TYPES.join(', ')}, e.g. /attachments/course-flyer.pdf`,
  }),
});

/** A list of structured items (locations, contacts, links, attachments), capped so one file cannot swell every output. */
const items = <T extends z.ZodType>(item: T) => z.array(item).max(CONTENT_LIMITS.listItems, { error: `at most ${CONTENT_LIMITS.listItems} items` });

/**
 * The front matter of a service file `content/services/<locale>/<slug>.mdx`.
 * Fields wrapped in `translatable` are text and may differ between locales; all others must be identical.
 */
export function serviceSchema(terms: TaxonomyIds) {
  return z.strictObject({
    name: translatable(singleLineText.max(120, { error: 'must be at most 120 characters' })),
    summary: translatable(singleLineText.max(SUMMARY_MAX, { error: `must be at most ${SUMMARY_MAX} characters (as in PTV)` })),
    keywords: translatable(
      z
        .array(singleLineText.max(CONTENT_LIMITS.keywordCharacters, { error: `a keyword is at most ${CONTENT_LIMITS.keywordCharacters} characters` }))
        .max(CONTENT_LIMITS.keywords, { error: `at most ${CONTENT_LIMITS.keywords} keywords` })
        .default([]),
    ),
    provider: translatable(singleLineText.max(200, { error: 'must be at most 200 characters' })),
    // One field per taxonomy facet (src/lib/facets.ts), in its order: municipalities, categories, situations, …
    ...termFields(terms),
    accessibilityNote: translatable(nonEmptyText.optional()),
    locations: translatable(items(location(terms)).optional()),
    schedule: translatable(nonEmptyText.optional()),
    cost: z.enum(costTypes, { error: `expected one of: ${costTypes.join(', ')}` }),
    costNote: translatable(nonEmptyText.optional()),
    howToJoin: translatable(nonEmptyText),
    prerequisites: translatable(nonEmptyText.optional()),
    benefits: translatable(nonEmptyText.optional()),
    consents: translatable(nonEmptyText.optional()),
    contacts: translatable(items(contact).optional()),
    links: translatable(items(link).optional()),
    attachments: translatable(items(attachment).optional()),
    related: items(id).optional(),
    status: publicationStatus,
    updated: isoDate,
    reviewed: isoDate,
    owner: email,
  });
}
export type ServiceData = z.infer<ReturnType<typeof serviceSchema>>;

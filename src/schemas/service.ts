import { z } from 'astro/zod';
import { email, id, isoDate, nonEmptyText, publicationStatus, safeUrl, translatable } from './common.ts';
import { termList, type TaxonomyIds } from './taxonomy.ts';

/** PTV (Suomi.fi service catalogue) limits the short description to 150 characters. */
export const SUMMARY_MAX = 150;

/** Municipalities may be listed one by one or as this single value. */
export const ALL_MUNICIPALITIES = 'all';

import { costTypes } from './vocabulary.ts';
export { costTypes };

const location = z.strictObject({
  name: nonEmptyText,
  address: nonEmptyText.optional(),
  municipality: id.optional(),
});

const contact = z
  .strictObject({
    label: nonEmptyText,
    email: email.optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()-]{5,20}$/, { error: 'expected a phone number such as +358 9 310 1234' })
      .optional(),
    url: safeUrl.optional(),
  })
  .refine((c) => c.email || c.phone || c.url, { error: 'a contact needs an email, phone or url' });

const link = z.strictObject({ label: nonEmptyText, url: safeUrl });

const attachment = z.strictObject({
  label: nonEmptyText,
  file: z.string().regex(/^\/attachments\/[A-Za-z0-9._/-]+$/, {
    error: 'expected a file under /attachments/, e.g. /attachments/course-flyer.pdf',
  }),
});

/**
 * The front matter of a service file `content/services/<locale>/<slug>.mdx`.
 * Fields wrapped in `translatable` are text and may differ between locales; all others must be identical.
 */
export function serviceSchema(terms: TaxonomyIds) {
  return z.strictObject({
    name: translatable(nonEmptyText.max(120, { error: 'must be at most 120 characters' })),
    summary: translatable(
      nonEmptyText.max(SUMMARY_MAX, { error: `must be at most ${SUMMARY_MAX} characters (as in PTV)` }),
    ),
    keywords: translatable(z.array(nonEmptyText).default([])),
    provider: translatable(nonEmptyText),
    categories: termList(terms.categories, 'categories'),
    municipalities: termList(terms.municipalities, 'municipalities', [ALL_MUNICIPALITIES]),
    situations: termList(terms.situations, 'situations'),
    audiences: termList(terms.audiences, 'audiences'),
    ages: termList(terms.ages, 'ages'),
    languages: termList(terms.languages, 'languages'),
    modes: termList(terms.modes, 'modes'),
    accessibility: termList(terms.accessibility, 'accessibility').optional(),
    accessibilityNote: translatable(nonEmptyText.optional()),
    locations: translatable(z.array(location).optional()),
    schedule: translatable(nonEmptyText.optional()),
    cost: z.enum(costTypes, { error: `expected one of: ${costTypes.join(', ')}` }),
    costNote: translatable(nonEmptyText.optional()),
    howToJoin: translatable(nonEmptyText),
    prerequisites: translatable(nonEmptyText.optional()),
    benefits: translatable(nonEmptyText.optional()),
    consents: translatable(nonEmptyText.optional()),
    contacts: translatable(z.array(contact).optional()),
    links: translatable(z.array(link).optional()),
    attachments: translatable(z.array(attachment).optional()),
    related: z.array(id).optional(),
    status: publicationStatus,
    updated: isoDate,
    reviewed: isoDate,
    owner: email,
  });
}
export type ServiceData = z.infer<ReturnType<typeof serviceSchema>>;

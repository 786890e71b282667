import { z } from 'astro/zod';
import { CONTENT_LIMITS, STATUS_HINT, email, id, isoDate, nonEmptyText, publicationStatus, safeUrl, singleLineText, translatable } from './common.ts';
import { termFields, termRef, type TaxonomyIds } from './taxonomy.ts';
import { copiedOnAdd, labelled as l, labelledList as list, sameInEveryLanguage as same, withRule } from './cms-meta.ts';
import { ALL_TERMS, costTypes } from '../lib/facets.ts';
import { reviewThresholds } from '../lib/review.ts';

/** PTV (Suomi.fi service catalogue) limits the short description to 150 characters. */
export const SUMMARY_MAX = 150;

/** Municipalities may be listed one by one or as this single value. */
export const ALL_MUNICIPALITIES = ALL_TERMS;

import { ATTACHMENT_TYPES, attachmentFileName, attachmentPath } from './attachments.ts';
export { costTypes };

/** A place: its municipality is one of the taxonomy's ("tampere" and "tikkurila" were accepted as free text). */
const location = (terms: TaxonomyIds) =>
  z.strictObject({
    name: l(singleLineText, { en: 'Name of the place', fi: 'Paikan nimi' }),
    address: l(same(singleLineText.optional()), { en: 'Street address', fi: 'Katuosoite' }),
    municipality: l(termRef(terms.municipalities, 'municipalities').optional(), { en: 'Municipality', fi: 'Kunta' }),
  });

const contact = z
  .strictObject({
    label: l(singleLineText, { en: 'Name of the contact', fi: 'Yhteystiedon nimi' }, { en: 'E.g. Course office', fi: 'Esim. Kurssitoimisto' }),
    email: l(same(email.optional()), { en: 'E-mail', fi: 'Sähköposti' }),
    phone: l(same(withRule(z.string().regex(/^\+?[0-9 ()-]{5,20}$/, { error: 'expected a phone number such as +358 9 310 1234' }), 'phone').optional()), {
      en: 'Phone',
      fi: 'Puhelin',
    }),
    url: l(copiedOnAdd(safeUrl.optional()), { en: 'Web page', fi: 'Verkkosivu' }),
  })
  .refine((c) => c.email || c.phone || c.url, { error: 'a contact needs an email, phone or url' });

const link = z.strictObject({
  label: l(singleLineText, { en: 'Link text', fi: 'Linkin teksti' }),
  url: l(copiedOnAdd(safeUrl), { en: 'Address', fi: 'Osoite' }),
});

const attachment = z.strictObject({
  label: l(singleLineText, { en: 'Name of the attachment', fi: 'Liitteen nimi' }, { en: 'E.g. Course flyer (PDF)', fi: 'Esim. Kurssiesite (PDF)' }),
  file: l(
    same(
      withRule(
        z.string().regex(attachmentPath, {
          error: `expected a file under /attachments/ of type ${ATTACHMENT_TYPES.join(', ')}, e.g. /attachments/course-flyer.pdf`,
        }),
        'attachment',
        // Decap tests a file field's pattern against the file's name only; the admin checks the folder (src/client/cms/).
        attachmentFileName.source,
      ),
    ),
    { en: 'File', fi: 'Tiedosto' },
  ),
});

/** A list of structured items (locations, contacts, links, attachments), capped so one file cannot swell every output. */
const items = <T extends z.ZodType>(item: T) => z.array(item).max(CONTENT_LIMITS.listItems, { error: `at most ${CONTENT_LIMITS.listItems} items` });

/**
 * The front matter of a service file `content/services/<locale>/<slug>.mdx`.
 * Fields wrapped in `translatable` are text and may differ between locales; all others must be identical.
 */
export function serviceSchema(terms: TaxonomyIds) {
  return z.strictObject({
    name: l(
      translatable(singleLineText.max(120, { error: 'must be at most 120 characters' })),
      { en: 'Name', fi: 'Nimi' },
      {
        en: 'The page address is made from the English name when the service is first saved. Both languages share that one address: /en/services/<address>/ and /fi/services/<address>/.',
        fi: 'Sivun osoite tehdään englanninkielisestä nimestä, kun palvelu tallennetaan ensimmäisen kerran. Molemmat kielet käyttävät samaa osoitetta: /fi/services/<osoite>/ ja /en/services/<osoite>/.',
      },
    ),
    summary: l(
      translatable(singleLineText.max(SUMMARY_MAX, { error: `must be at most ${SUMMARY_MAX} characters (as in PTV)` })),
      { en: 'Summary', fi: 'Tiivistelmä' },
      { en: 'Shown in search results and lists. One or two sentences.', fi: 'Näkyy hakutuloksissa ja listoissa. Yksi tai kaksi virkettä.' },
    ),
    keywords: l(
      translatable(
        z
          .array(singleLineText.max(CONTENT_LIMITS.keywordCharacters, { error: `a keyword is at most ${CONTENT_LIMITS.keywordCharacters} characters` }))
          .max(CONTENT_LIMITS.keywords, { error: `at most ${CONTENT_LIMITS.keywords} keywords` })
          .default([]),
      ),
      { en: 'Search words', fi: 'Hakusanat' },
      {
        en: 'Other words people search for this with, e.g. CV, resume. Write the search words separated by commas or each in its own box.',
        fi: 'Muita sanoja, joilla tätä haetaan, esim. CV, ansioluettelo. Kirjoita hakusanat pilkulla erotettuina tai kukin omaan laatikkoonsa.',
      },
    ),
    provider: l(
      translatable(singleLineText.max(200, { error: 'must be at most 200 characters' })),
      { en: 'Provider', fi: 'Järjestäjä' },
      { en: 'Who provides the service.', fi: 'Kuka palvelun järjestää.' },
    ),
    // One field per taxonomy facet (src/lib/facets.ts), in its order: municipalities, categories, situations, …
    /** `dayparts` (facet "When"): when the service runs, any of morning, daytime, evening, weekend; optional, filled only where the service's own text says. */
    ...termFields(terms),
    accessibilityNote: l(translatable(nonEmptyText.optional()), { en: 'Accessibility details', fi: 'Esteettömyys tarkemmin' }),
    locations: list(translatable(items(location(terms)).optional()), { en: 'Places', fi: 'Toimipaikat' }, { en: 'Place', fi: 'Toimipaikka' }),
    schedule: l(translatable(nonEmptyText.optional()), { en: 'Schedule', fi: 'Aikataulu' }),
    cost: z.enum(costTypes, { error: `expected one of: ${costTypes.join(', ')}` }).meta({ label: { en: 'Cost', fi: 'Hinta' }, optionKey: 'cost' }),
    costNote: l(translatable(nonEmptyText.optional()), { en: 'Note on cost', fi: 'Lisätietoa hinnasta' }),
    howToJoin: l(translatable(nonEmptyText), { en: 'How to take part', fi: 'Näin osallistut' }),
    prerequisites: l(translatable(nonEmptyText.optional()), { en: 'Who can take part', fi: 'Kuka voi osallistua' }),
    benefits: l(translatable(nonEmptyText.optional()), { en: 'What you get', fi: 'Mitä saat' }),
    consents: l(translatable(nonEmptyText.optional()), { en: 'Consents and personal data', fi: 'Suostumukset ja henkilötiedot' }),
    contacts: list(translatable(items(contact).optional()), { en: 'Contacts', fi: 'Yhteystiedot' }, { en: 'Contact', fi: 'Yhteystieto' }),
    links: list(translatable(items(link).optional()), { en: 'Links', fi: 'Linkit' }, { en: 'Link', fi: 'Linkki' }),
    attachments: list(translatable(items(attachment).optional()), { en: 'Attachments', fi: 'Liitteet' }, { en: 'Attachment', fi: 'Liite' }),
    related: l(items(id).optional(), { en: 'Related services', fi: 'Liittyvät palvelut' }),
    status: l(publicationStatus, { en: 'Visibility on the site', fi: 'Näkyvyys sivustolla' }, STATUS_HINT),
    updated: l(isoDate, { en: 'Last updated', fi: 'Päivitetty' }),
    reviewed: l(
      isoDate,
      { en: 'Last reviewed', fi: 'Tarkistettu' },
      {
        en: `The day someone last checked that the information is correct (today on a new service). The service is due for review ${reviewThresholds.dueAfterDays} days after it.`,
        fi: `Päivä, jolloin tiedot viimeksi tarkistettiin (uudessa palvelussa tänään). Palvelu pitää tarkistaa uudelleen ${reviewThresholds.dueAfterDays} päivän kuluessa tästä päivästä.`,
      },
    ),
    owner: l(
      email,
      { en: "Responsible team's e-mail", fi: 'Vastuutiimin sähköposti' },
      {
        en: "Who answers for this service's information: the team's shared address, not a personal one. The review report groups services by it; it is not shown on the site.",
        fi: 'Kuka vastaa palvelun tiedoista: tiimin yhteinen osoite, ei henkilökohtainen. Tarkistusraportti ryhmittelee palvelut sen mukaan. Osoite ei näy sivustolla.',
      },
    ),
  });
}
export type ServiceData = z.infer<ReturnType<typeof serviceSchema>>;

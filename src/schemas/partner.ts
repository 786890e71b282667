import { z } from 'astro/zod';
import { localized, singleLineText, webUrl } from './common.ts';
import { labelled as l } from './cms-meta.ts';

export const partnerKinds = ['company', 'organisation', 'authority'] as const;

/**
 * A partner of the Spouse Program, `content/partners/<id>.yaml`. The name is per locale ("City of Espoo" /
 * "Espoon kaupunki"; a brand such as "Kela" is simply written twice), and so is the web address, so that Finnish
 * pages link to the Finnish site where one exists.
 */
export const partnerSchema = z.strictObject({
  name: l(localized(singleLineText.max(120, { error: 'must be at most 120 characters' })), { en: 'Name', fi: 'Nimi' }),
  kind: l(z.enum(partnerKinds, { error: `expected one of: ${partnerKinds.join(', ')}` }).meta({ optionKey: 'cms.partnerKind' }), { en: 'Type', fi: 'Tyyppi' }),
  role: l(
    localized(singleLineText.max(300, { error: 'must be at most 300 characters' })),
    { en: 'Role in the program', fi: 'Rooli ohjelmassa' },
    { en: 'What the partner does in the program.', fi: 'Mitä kumppani tekee ohjelmassa.' },
  ),
  url: l(localized(webUrl).optional(), { en: 'Web address', fi: 'Verkko-osoite' }),
});

import { z } from 'astro/zod';
import { localized, singleLineText, webUrl } from './common.ts';

export const partnerKinds = ['company', 'organisation', 'authority'] as const;

/**
 * A partner of the Spouse Program, `content/partners/<id>.yaml`. The name is per locale ("City of Espoo" /
 * "Espoon kaupunki"; a brand such as "Kela" is simply written twice), and so is the web address, so that Finnish
 * pages link to the Finnish site where one exists.
 */
export const partnerSchema = z.strictObject({
  name: localized(singleLineText.max(120, { error: 'must be at most 120 characters' })),
  kind: z.enum(partnerKinds, { error: `expected one of: ${partnerKinds.join(', ')}` }),
  role: localized(singleLineText.max(300, { error: 'must be at most 300 characters' })),
  url: localized(webUrl).optional(),
});

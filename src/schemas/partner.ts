import { z } from 'astro/zod';
import { localized, nonEmptyText, webUrl } from './common.ts';

export const partnerKinds = ['company', 'organisation', 'authority'] as const;

/** A partner of the Spouse Program, `content/partners/<id>.yaml`. */
export const partnerSchema = z.strictObject({
  name: nonEmptyText,
  kind: z.enum(partnerKinds, { error: `expected one of: ${partnerKinds.join(', ')}` }),
  role: localized(nonEmptyText),
  url: webUrl.optional(),
});
export type PartnerData = z.infer<typeof partnerSchema>;

import { z } from 'astro/zod';
import { id, isoDate, localized, nonEmptyText, safeUrl } from './common.ts';
import { termList, type TaxonomyIds } from './taxonomy.ts';

/**
 * A calendar entry `content/calendar/<id>.yaml`, both locales in one file. An entry is either month-level
 * ("course intake in August": `months`) or dated (`start`, optional `end`); yearly ones recur every year.
 */
export function calendarEntrySchema(terms: Pick<TaxonomyIds, 'audiences'>) {
  return z
    .strictObject({
      title: localized(nonEmptyText),
      description: localized(nonEmptyText),
      months: z
        .array(z.number().int().min(1, { error: 'months are 1-12' }).max(12, { error: 'months are 1-12' }))
        .min(1)
        .optional(),
      start: isoDate.optional(),
      end: isoDate.optional(),
      recurrence: z.enum(['yearly', 'none'], { error: 'expected yearly or none' }).default('yearly'),
      audiences: termList(terms.audiences, 'audiences'),
      service: id.optional(),
      signup: safeUrl.optional(),
    })
    .superRefine((entry, ctx) => {
      if (!entry.months && !entry.start) {
        ctx.addIssue({ code: 'custom', path: ['months'], message: 'give either months (1-12) or a start date' });
      }
      if (entry.end && entry.start && entry.end < entry.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'end date is before the start date' });
      }
    });
}
export type CalendarEntryData = z.infer<ReturnType<typeof calendarEntrySchema>>;

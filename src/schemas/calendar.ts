import { z } from 'astro/zod';
import { id, isoDate, localized, nonEmptyText, safeUrl, singleLineText } from './common.ts';
import { termList, type TaxonomyIds } from './taxonomy.ts';

/**
 * A calendar entry `content/calendar/<id>.yaml`, both locales in one file. An entry is either month-level
 * ("course intake in August": `months`) or dated (`start`, optional `end`); yearly ones recur every year.
 */
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'expected a time written as HH:MM, e.g. 17:30' });

export function calendarEntrySchema(terms: Pick<TaxonomyIds, 'audiences'>) {
  return z
    .strictObject({
      title: localized(singleLineText.max(120, { error: 'must be at most 120 characters' })),
      description: localized(nonEmptyText.max(1000, { error: 'must be at most 1,000 characters' })),
      months: z
        .array(z.number().int().min(1, { error: 'months are 1-12' }).max(12, { error: 'months are 1-12' }))
        .min(1)
        .optional(),
      start: isoDate.optional(),
      end: isoDate.optional(),
      /** Local Helsinki time of a dated event, HH:MM; without it the event lasts the whole day(s). */
      startTime: time.optional(),
      endTime: time.optional(),
      recurrence: z.enum(['yearly', 'none'], { error: 'expected yearly or none' }).default('yearly'),
      audiences: termList(terms.audiences, 'audiences'),
      service: id.optional(),
      signup: safeUrl.optional(),
    })
    .superRefine((entry, ctx) => {
      if (!entry.months && !entry.start) {
        ctx.addIssue({ code: 'custom', path: ['months'], message: 'give either months (1-12) or a start date' });
      }
      if ((entry.startTime || entry.endTime) && !entry.start) {
        ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'times need a start date' });
      }
      if (entry.endTime && !entry.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'an end time needs a start time' });
      }
      if (entry.start && entry.startTime && entry.endTime && (entry.end ?? entry.start) === entry.start && entry.endTime <= entry.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'end time is before the start time' });
      }
      if (entry.end && entry.start && entry.end < entry.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'end date is before the start date' });
      }
    });
}
export type CalendarEntryData = z.infer<ReturnType<typeof calendarEntrySchema>>;

import { z } from 'astro/zod';
import { id, isoDate, localized, nonEmptyText, safeUrl, singleLineText } from './common.ts';
import { termList, type TaxonomyIds } from './taxonomy.ts';

/**
 * A calendar entry `content/calendar/<id>.yaml`, both locales in one file. An entry is month-level ("course intake
 * in August": `months`), one dated event (`start`, optional `end`; yearly ones recur every year), or a series of
 * concrete events (`occurrences`: date, times and place each, e.g. the networking evenings of 2026-2027), which may
 * also name the months they usually fall in.
 */
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'expected a time written as HH:MM, e.g. 17:30' });
/** Where an event is: a place and its street address, in each locale ("Oodi Central Library, Töölönlahdenkatu 4"). */
const place = localized(singleLineText.max(200, { error: 'must be at most 200 characters' }));

const occurrence = z
  .strictObject({
    date: isoDate,
    startTime: time.optional(),
    endTime: time.optional(),
    location: place.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.endTime && !event.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'an end time needs a start time' });
    if (event.startTime && event.endTime && event.endTime <= event.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'end time is before the start time' });
    }
  });

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
      /** The place of a dated event, and of each occurrence that names none. */
      location: place.optional(),
      occurrences: z.array(occurrence).min(1).max(60, { error: 'at most 60 occurrences; split the series by season' }).optional(),
      recurrence: z.enum(['yearly', 'none'], { error: 'expected yearly or none' }).default('yearly'),
      audiences: termList(terms.audiences, 'audiences'),
      service: id.optional(),
      signup: safeUrl.optional(),
    })
    .superRefine((entry, ctx) => {
      if (!entry.months && !entry.start && !entry.occurrences) {
        ctx.addIssue({ code: 'custom', path: ['months'], message: 'give months (1-12), a start date or occurrences' });
      }
      if (entry.start && entry.occurrences) {
        ctx.addIssue({ code: 'custom', path: ['occurrences'], message: 'give either a start date or occurrences, not both' });
      }
      const seen = new Set<string>();
      entry.occurrences?.forEach((event, index) => {
        const key = `${event.date} ${event.startTime ?? ''}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['occurrences', index, 'date'], message: `${event.date} is listed twice` });
        seen.add(key);
      });
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

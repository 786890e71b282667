import { z } from 'astro/zod';
import { id, isoDate, localized, nonEmptyText, safeUrl, singleLineText } from './common.ts';
import { termList, type TaxonomyIds } from './taxonomy.ts';
import { labelled as l, labelledList as list, withRule } from './cms-meta.ts';

/**
 * A calendar entry `content/calendar/<id>.yaml`, both locales in one file. An entry is month-level ("course intake
 * in August": `months`), one dated event (`start`, optional `end`; yearly ones recur every year), or a series of
 * concrete events (`occurrences`: date, times and place each, e.g. the networking evenings of 2026-2027), which may
 * also name the months they usually fall in.
 */
/** A time as Finns write it ("17.30", "9.00") or as HH:MM; stored and read as HH:MM ("17:30", "09:00"). */
const time = withRule(
  z
    .string()
    .regex(/^([01]?[0-9]|2[0-3])[.:][0-5][0-9]$/, { error: 'expected a time such as 17.30 or 17:30' })
    .transform((value) => value.replace('.', ':').padStart(5, '0')),
  'time',
);
const startTime = l(time.optional(), { en: 'Start time', fi: 'Alkaa klo' }, { en: 'E.g. 17.30', fi: 'Esim. 17.30' });
const endTime = l(time.optional(), { en: 'End time', fi: 'Päättyy klo' }, { en: 'E.g. 19.00', fi: 'Esim. 19.00' });
/** Where an event is: a place and its street address, in each locale ("Oodi Central Library, Töölönlahdenkatu 4"). */
const place = l(
  localized(singleLineText.max(200, { error: 'must be at most 200 characters' })),
  { en: 'Place', fi: 'Paikka' },
  { en: 'Name and street address, e.g. Oodi Central Library, Töölönlahdenkatu 4', fi: 'Nimi ja katuosoite, esim. Keskustakirjasto Oodi, Töölönlahdenkatu 4' },
);

const occurrence = z
  .strictObject({
    date: l(isoDate, { en: 'Date', fi: 'Päivä' }),
    startTime,
    endTime,
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
      title: l(localized(singleLineText.max(120, { error: 'must be at most 120 characters' })), { en: 'Title', fi: 'Otsikko' }),
      description: l(localized(nonEmptyText.max(1000, { error: 'must be at most 1,000 characters' })), { en: 'Description', fi: 'Kuvaus' }),
      months: l(
        z
          .array(z.number().int().min(1, { error: 'months are 1-12' }).max(12, { error: 'months are 1-12' }))
          .min(1)
          .max(12, { error: 'at most 12 months' })
          .optional()
          .meta({ optionKey: 'month' }),
        { en: 'Months', fi: 'Kuukaudet' },
        { en: 'Only when there are no exact dates yet.', fi: 'Vain jos tarkkoja päiviä ei vielä ole.' },
      ),
      start: l(isoDate.optional(), { en: 'Date (or first day)', fi: 'Päivä (tai ensimmäinen päivä)' }),
      end: l(
        isoDate.optional(),
        { en: 'Last day', fi: 'Viimeinen päivä' },
        { en: 'Only for events over several days.', fi: 'Vain usean päivän tapahtumille.' },
      ),
      /** Local Helsinki time of a dated event, HH:MM; without it the event lasts the whole day(s). */
      startTime,
      endTime,
      /** The place of a dated event, and of each occurrence that names none. */
      location: place.optional(),
      occurrences: list(
        z.array(occurrence).min(1).max(60, { error: 'at most 60 occurrences; split the series by season' }).optional(),
        { en: 'Dates of a series', fi: 'Sarjan päivät' },
        { en: 'Date', fi: 'Päivä' },
        {
          en: 'For a series such as monthly evenings: one row for each date. Leave the date above empty.',
          fi: 'Sarjalle, kuten kuukausittaisille illoille: yksi rivi kutakin päivää kohden. Jätä yllä oleva päivä tyhjäksi.',
        },
      ),
      // A one-off event is the usual case; "every year" must be chosen (a default of yearly showed one-offs as annual).
      // "weekly": a drop-in held every week in its months (language cafés), whose times are on the service's page.
      recurrence: l(z.enum(['none', 'yearly', 'weekly'], { error: 'expected none, yearly or weekly' }).default('none').meta({ optionKey: 'cms.recurrence' }), {
        en: 'Repeats',
        fi: 'Toistuvuus',
      }),
      audiences: termList(terms.audiences, 'audiences'),
      service: l(id.optional(), { en: 'Related service', fi: 'Liittyvä palvelu' }),
      signup: l(safeUrl.optional(), { en: 'Sign-up link', fi: 'Ilmoittautumislinkki' }),
      /** What the sign-up link asks for: signing up to an event, applying (mentoring), or contacting the team (partnerships). */
      // Offered by the link's text on the site (the UI strings calendar.signup, calendar.apply, calendar.contact).
      signupAction: l(z.enum(['signup', 'apply', 'contact'], { error: 'expected signup, apply or contact' }).optional().meta({ optionKey: 'calendar' }), {
        en: 'Text of the sign-up link',
        fi: 'Ilmoittautumislinkin teksti',
      }),
      /** A month-level entry that lasts each of its months (a summer break, a season), so no dates will be announced. */
      wholeMonths: l(z.boolean().optional(), {
        en: 'Lasts the whole of each month',
        fi: 'Kestää koko kuukauden',
      }),
    })
    .superRefine((entry, ctx) => {
      if (!entry.months && !entry.start && !entry.occurrences) {
        ctx.addIssue({ code: 'custom', path: ['months'], message: 'give months (1-12), a start date or occurrences' });
      }
      if (entry.wholeMonths && (!entry.months || entry.start || entry.occurrences)) {
        ctx.addIssue({ code: 'custom', path: ['wholeMonths'], message: 'only month-level entries (months, no dates) last whole months' });
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

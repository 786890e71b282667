/**
 * Calendar times are local Helsinki times. One hour a year does not exist there: on the last Sunday of March the
 * clocks go from 03:00 straight to 04:00, and an event "at 03:30" that day would be written into iCal as a time no
 * clock shows (each calendar app then moves it its own way). Such a time is refused.
 */
import type { Problem } from './content-check.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';

const helsinki = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localText(instant: number): string {
  const parts = Object.fromEntries(helsinki.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** Whether a wall-clock time (YYYY-MM-DD, HH:MM) happens in Helsinki: some instant at UTC+2 or UTC+3 shows it. */
export function existsInHelsinki(date: string, time: string): boolean {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return [2, 3].some((offsetHours) => localText(asUtc - offsetHours * 3_600_000) === `${date} ${time}`);
}

const missing = (date: string, time: string) =>
  `${time} on ${date} does not exist in Helsinki: the clocks go forward from 03:00 to 04:00 that night; choose another time`;

/** The times of a calendar entry that no Helsinki clock shows, as problems naming their field. */
export function missingLocalTimes(file: string, entry: CalendarEntryData): Problem[] {
  const problems: Problem[] = [];
  const check = (date: string | undefined, time: string | undefined, field: string) => {
    if (date && time && !existsInHelsinki(date, time)) problems.push({ file, field, message: missing(date, time) });
  };
  check(entry.start, entry.startTime, 'startTime');
  check(entry.end ?? entry.start, entry.endTime, 'endTime');
  entry.occurrences?.forEach((event, index) => {
    check(event.date, event.startTime, `occurrences[${index}].startTime`);
    check(event.date, event.endTime, `occurrences[${index}].endTime`);
  });
  return problems;
}

import { describe, expect, it } from 'vitest';
import { existsInHelsinki, missingLocalTimes } from './calendar-times.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';

describe('calendar times are times a Helsinki clock shows', () => {
  it('knows the hour skipped when summer time starts, and only that hour', () => {
    expect(existsInHelsinki('2027-03-28', '03:30')).toBe(false);
    expect(existsInHelsinki('2027-03-28', '03:00')).toBe(false);
    expect(existsInHelsinki('2027-03-28', '02:59')).toBe(true);
    expect(existsInHelsinki('2027-03-28', '04:00')).toBe(true);
    expect(existsInHelsinki('2026-03-29', '03:15')).toBe(false);
    // The hour that happens twice in October exists; so does any time on an ordinary day.
    expect(existsInHelsinki('2026-10-25', '03:30')).toBe(true);
    expect(existsInHelsinki('2026-12-10', '17:30')).toBe(true);
  });

  it('names each field holding a time that does not exist', () => {
    const entry = {
      start: '2027-03-28',
      startTime: '03:30',
      endTime: '05:00',
      occurrences: [{ date: '2026-03-29', startTime: '02:00', endTime: '03:10' }],
    } as unknown as CalendarEntryData;
    expect(missingLocalTimes('content/calendar/x.yaml', entry)).toEqual([
      {
        file: 'content/calendar/x.yaml',
        field: 'startTime',
        message: '03:30 on 2027-03-28 does not exist in Helsinki: the clocks go forward from 03:00 to 04:00 that night; choose another time',
      },
      { file: 'content/calendar/x.yaml', field: 'occurrences[0].endTime', message: expect.stringContaining('03:10 on 2026-03-29 does not exist') },
    ]);
  });
});

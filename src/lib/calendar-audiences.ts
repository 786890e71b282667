/** The calendar's audience filter: everyone, or one of these audience ids. Each has its own static page. */
export const calendarAudiences = ['spouses', 'companies'] as const;
export type CalendarAudience = (typeof calendarAudiences)[number];

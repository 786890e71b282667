/**
 * Content lifecycle (seed 004, as in the Palvelumanuaali): a service not reviewed for 120 days is due for review,
 * 15 days later it is overdue (second reminder), 15 days after that it is outdated (shown with a notice, sinks in
 * search, left out of open data), and an outdated service is archived (not built) after 60 more days.
 * The thresholds live here and nowhere else.
 */
import type { PublicationStatus } from '../schemas/common.ts';
import { addDays, daysBetween } from './dates.ts';

export const reviewThresholds = {
  dueAfterDays: 120,
  overdueAfterDays: 135,
  outdatedAfterDays: 150,
  archiveAfterOutdatedDays: 60,
} as const;

export type ReviewState = 'current' | 'due' | 'overdue' | 'outdated' | 'archive';

export { addDays, daysBetween } from './dates.ts';

/** Where a service stands, from its last review date and today. */
export function reviewState(reviewed: string, today: string, thresholds = reviewThresholds): ReviewState {
  const days = daysBetween(reviewed, today);
  if (days >= thresholds.outdatedAfterDays + thresholds.archiveAfterOutdatedDays) return 'archive';
  if (days >= thresholds.outdatedAfterDays) return 'outdated';
  if (days >= thresholds.overdueAfterDays) return 'overdue';
  if (days >= thresholds.dueAfterDays) return 'due';
  return 'current';
}

/**
 * The status the site uses: the editor's status, moved on by the review rules. Drafts stay drafts; an editor's
 * "outdated" or "archived" is kept even when the dates would allow more.
 */
export function effectiveStatus(status: PublicationStatus, reviewed: string, today: string): PublicationStatus {
  if (status === 'draft' || status === 'archived') return status;
  const state = reviewState(reviewed, today);
  if (state === 'archive') return 'archived';
  if (state === 'outdated' || status === 'outdated') return 'outdated';
  return 'published';
}

/** Dates of the next steps for a service, for the editors' report. */
export function reviewDates(reviewed: string, thresholds = reviewThresholds) {
  return {
    due: addDays(reviewed, thresholds.dueAfterDays),
    overdue: addDays(reviewed, thresholds.overdueAfterDays),
    outdated: addDays(reviewed, thresholds.outdatedAfterDays),
    archive: addDays(reviewed, thresholds.outdatedAfterDays + thresholds.archiveAfterOutdatedDays),
  };
}

/** Today's date for the build: SITE_TODAY (tests, reproducible builds) or the real date. */
export function buildToday(env: Record<string, string | undefined> = process.env): string {
  const fixed = env['SITE_TODAY'];
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`SITE_TODAY must be YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

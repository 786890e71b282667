/**
 * What changed in the catalogue, for the Atom feeds and the "What's new" page (issue 20): each service is new (first
 * published in the period), updated, now outdated (not reviewed in time) or archived. Pure.
 */
import { daysBetween } from './dates.ts';

export type ChangeKind = 'new' | 'updated' | 'outdated' | 'archived';
export const changeKinds: readonly ChangeKind[] = ['new', 'updated', 'outdated', 'archived'];

/** How many days back "What's new" looks. */
export const RECENT_DAYS = 60;

export interface ChangeInput {
  status: 'published' | 'outdated' | 'archived';
  /** The service's `updated` date. */
  updated: string;
  /** When its file was first committed, if known. */
  added?: string | undefined;
}

/** The kind of a service's latest change, as of `today`. */
export function changeKind(item: ChangeInput, today: string): ChangeKind {
  if (item.status === 'archived') return 'archived';
  if (item.status === 'outdated') return 'outdated';
  return item.added && daysBetween(item.added, today) <= RECENT_DAYS ? 'new' : 'updated';
}

/** Items changed within the last `days` days, newest first. */
export function recentChanges<T extends { updated: string }>(items: readonly T[], today: string, days = RECENT_DAYS): T[] {
  return items.filter((item) => item.updated <= today && daysBetween(item.updated, today) <= days).sort((a, b) => b.updated.localeCompare(a.updated));
}

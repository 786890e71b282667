/** The editors' review report: which services are due, overdue, outdated or to be archived, per owner and municipality. */
import { expandAll } from './facets.ts';
import { daysBetween } from './dates.ts';
import { reviewDates, reviewState, reviewThresholds, type ReviewState } from './review.ts';

export interface ReviewInput {
  slug: string;
  name: string;
  owner: string;
  municipalities: readonly string[];
  reviewed: string;
  status: string;
}

export type AttentionState = Exclude<ReviewState, 'current'>;
export const attentionStates: AttentionState[] = ['due', 'overdue', 'outdated', 'archive'];

export interface ReviewItem {
  slug: string;
  name: string;
  owner: string;
  municipalities: string[];
  reviewed: string;
  daysSinceReview: number;
  state: AttentionState;
  /** When the next step happens (overdue, outdated or archived), or null if it has. */
  nextStepOn: string | null;
}

export interface ReviewReport {
  today: string;
  thresholds: typeof reviewThresholds;
  counts: Record<AttentionState, number>;
  items: ReviewItem[];
  /** Keyed by editor text (owners) and taxonomy ids: null-prototype objects, so an id such as `constructor` is a key like any other. */
  byOwner: Record<string, Record<AttentionState, string[]>>;
  byMunicipality: Record<string, Record<AttentionState, string[]>>;
}

/**
 * Editor text as literal text in GitHub Markdown (the monthly review issue): every ASCII punctuation character is
 * escaped, so a service name cannot make a link, an image, a heading or a table cell; a zero-width space after an
 * `@` that starts a word keeps `@team` from notifying anyone.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~:&"'=$%^,;?/]/g, '\\$&').replace(/(^|[^\w])@/g, '$1@\u200B');
}

const emptyGroups = (): Record<AttentionState, string[]> => ({ due: [], overdue: [], outdated: [], archive: [] });

export function buildReviewReport(services: readonly ReviewInput[], today: string, allMunicipalities: readonly string[]): ReviewReport {
  const items: ReviewItem[] = [];
  for (const service of services) {
    // Drafts are not public yet and archived services are gone: neither needs a reminder.
    if (service.status === 'draft' || service.status === 'archived') continue;
    const state = reviewState(service.reviewed, today);
    if (state === 'current') continue;
    const dates = reviewDates(service.reviewed);
    const next = state === 'due' ? dates.overdue : state === 'overdue' ? dates.outdated : state === 'outdated' ? dates.archive : null;
    items.push({
      slug: service.slug,
      name: service.name,
      owner: service.owner,
      municipalities: expandAll(service.municipalities, allMunicipalities),
      reviewed: service.reviewed,
      daysSinceReview: daysBetween(service.reviewed, today),
      state,
      nextStepOn: next,
    });
  }
  items.sort(
    (a, b) => attentionStates.indexOf(b.state) - attentionStates.indexOf(a.state) || a.reviewed.localeCompare(b.reviewed) || a.slug.localeCompare(b.slug),
  );
  const byOwner: ReviewReport['byOwner'] = Object.create(null) as ReviewReport['byOwner'];
  const byMunicipality: ReviewReport['byMunicipality'] = Object.create(null) as ReviewReport['byMunicipality'];
  for (const item of items) {
    (byOwner[item.owner] ??= emptyGroups())[item.state].push(item.slug);
    for (const m of item.municipalities) (byMunicipality[m] ??= emptyGroups())[item.state].push(item.slug);
  }
  const counts = Object.fromEntries(attentionStates.map((s) => [s, items.filter((i) => i.state === s).length])) as Record<AttentionState, number>;
  return { today, thresholds: reviewThresholds, counts, items, byOwner, byMunicipality };
}

const labels: Record<AttentionState, string> = {
  due: 'Due for review',
  overdue: 'Overdue',
  outdated: 'Outdated (shown with a notice)',
  archive: 'To be archived (no longer built)',
};

export function formatTable(report: ReviewReport): string {
  const lines = [`Content review on ${report.today}: ${attentionStates.map((s) => `${report.counts[s]} ${s}`).join(', ')}`];
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd([10, 44, 34, 12, 12][i] ?? 0))
      .join(' ')
      .trimEnd();
  for (const [title, groups] of [
    ['By owner', report.byOwner],
    ['By municipality', report.byMunicipality],
  ] as const) {
    lines.push('', title);
    for (const [key, states] of Object.entries(groups).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(
        `  ${key}: ${attentionStates
          .filter((s) => states[s].length)
          .map((s) => `${states[s].length} ${s}`)
          .join(', ')}`,
      );
    }
  }
  lines.push('', row(['state', 'service', 'owner', 'reviewed', 'next step']));
  for (const item of report.items) lines.push(row([item.state, item.slug, item.owner, item.reviewed, item.nextStepOn ?? '-']));
  return lines.join('\n');
}

export function formatMarkdown(report: ReviewReport): string {
  const lines = [
    `# Content review ${report.today}`,
    '',
    `Rules: review due after ${report.thresholds.dueAfterDays} days, overdue after ${report.thresholds.overdueAfterDays}, outdated after ${report.thresholds.outdatedAfterDays}, archived ${report.thresholds.archiveAfterOutdatedDays} days after that.`,
    '',
  ];
  lines.push('| | count |', '|---|---|', ...attentionStates.map((s) => `| ${labels[s]} | ${report.counts[s]} |`), '');
  lines.push('## By owner', '');
  const itemsBySlug = new Map(report.items.map((item) => [item.slug, item]));
  for (const [owner, states] of Object.entries(report.byOwner).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`### ${markdownText(owner)}`, '');
    for (const s of attentionStates)
      for (const slug of states[s]) {
        // The slug is a file name checked against the slug pattern (a-z, 0-9, hyphens): safe in a code span.
        const item = itemsBySlug.get(slug)!;
        lines.push(
          `- [ ] **${labels[s]}**: ${markdownText(item.name)} (\`${slug}\`), last reviewed ${item.reviewed}${item.nextStepOn ? `, next step ${item.nextStepOn}` : ''}`,
        );
      }
    lines.push('');
  }
  lines.push('## By municipality', '', '| municipality | due | overdue | outdated | to archive |', '|---|---|---|---|---|');
  for (const [m, states] of Object.entries(report.byMunicipality).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${markdownText(m)} | ${states.due.length} | ${states.overdue.length} | ${states.outdated.length} | ${states.archive.length} |`);
  }
  return `${lines.join('\n')}\n`;
}

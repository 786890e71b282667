/**
 * `npm run content:review [-- --today YYYY-MM-DD] [--format table|json|markdown] [--strict]`:
 * services due for review, overdue, outdated or to be archived, per owner and per municipality.
 * With --strict it exits 1 when anything is past the outdated threshold (for the scheduled job).
 */
import { checkContent, formatProblem } from '../src/build/content-check.ts';
import { resolveContentDir } from '../src/build/content-files.ts';
import { buildReviewReport, formatMarkdown, formatTable } from '../src/lib/review-report.ts';
import { buildToday } from '../src/lib/review.ts';
import { defaultLocale } from '../src/i18n/locales.ts';
import { parseToolArgs, refuseArgument } from './lib/cli.ts';

const { values } = parseToolArgs({
  command: 'npm run content:review --',
  usage: [
    '  --today YYYY-MM-DD               the day to review against (default: today, or SITE_TODAY)',
    '  --format table|json|markdown     the report format (default: table)',
    '  --strict                         exit 1 when anything is past the outdated threshold',
  ].join('\n'),
  options: {
    today: { type: 'string' },
    format: { type: 'string', default: 'table' },
    strict: { type: 'boolean', default: false },
  },
});
const today = buildToday(values.today ? { SITE_TODAY: values.today } : process.env);
if (!['table', 'json', 'markdown'].includes(values.format)) refuseArgument(`--format must be table, json or markdown, not "${values.format}"`);

const { problems, services, taxonomies } = checkContent(resolveContentDir(), process.cwd());
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('Fix the content problems above first (npm run content:check).');
  process.exit(2);
}
const inputs = services
  .filter((s) => s.locale === defaultLocale)
  .map((s) => ({
    slug: s.slug,
    name: s.data.name,
    owner: s.data.owner,
    municipalities: s.data.municipalities,
    reviewed: s.data.reviewed,
    status: s.data.status,
  }));
const report = buildReviewReport(
  inputs,
  today,
  (taxonomies['municipalities'] ?? []).map((m) => m.id),
);

if (values.format === 'json') console.log(JSON.stringify(report, null, 2));
else if (values.format === 'markdown') process.stdout.write(formatMarkdown(report));
else console.log(formatTable(report));

if (values.strict && report.counts.outdated + report.counts.archive > 0) process.exit(1);

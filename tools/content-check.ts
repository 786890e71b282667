/**
 * `npm run content:check`: validates every file in the content folder (or CONTENT_DIR) and prints each
 * problem as `path: field: message`. Exits 1 when there is any problem.
 */
import { checkContent, formatProblem, printable } from '../src/build/content-check.ts';
import { resolveAttachmentsDir, resolveContentDir } from '../src/build/content-files.ts';
import { parseToolArgs } from './lib/cli.ts';

parseToolArgs({
  command: 'npm run content:check',
  usage: '  Checks content/ (or the folder in CONTENT_DIR) and public/attachments/; exit code 1 when anything is refused.',
  options: {},
});

const contentDir = resolveContentDir();
const { problems, warnings, services } = checkContent(contentDir, process.cwd(), { attachmentsDir: resolveAttachmentsDir() });

for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${printable(contentDir)}`);
  process.exit(1);
}
console.log(`Content OK: ${services.length} service files checked in ${contentDir}`);

/**
 * When each content file was first committed, from git (one `git log` for the whole folder), for "new" in the
 * feeds and on the "What's new" page. Empty when there is no git history (a copy without .git, or a shallow
 * clone that lacks the commit): then nothing is called new, and the services' own dates still say what changed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Path relative to `dir` (with `/`) → YYYY-MM-DD of the commit that added it. */
export function firstCommitDates(dir: string): Map<string, string> {
  const result = spawnSync('git', ['log', '--diff-filter=A', '--format=%x00%as', '--name-only', '--relative', '--', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const dates = new Map<string, string>();
  if (result.status !== 0 || !result.stdout) return dates;
  // Newest commit first: the last date seen for a file is the commit that added it.
  for (const block of result.stdout.split('\0').filter(Boolean)) {
    const [date, ...files] = block.split('\n').filter(Boolean);
    for (const file of files) dates.set(file.split(path.sep).join('/'), date!);
  }
  return dates;
}

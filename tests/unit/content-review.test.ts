import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { copyFixture, editFrontMatter, editYaml } from '../support/fixture-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = copyFixture();
afterAll(() => fixture.cleanup());
// work-trial reviewed 2026-05-04: 120 days later is 2026-09-01. kotoklubi is made older.
editFrontMatter(fixture.dir, 'services/en/kotoklubi.mdx', { reviewed: '2026-01-01' });
editFrontMatter(fixture.dir, 'services/fi/kotoklubi.mdx', { reviewed: '2026-01-01' });

function review(...args: string[]) {
  return reviewOf(fixture.dir, ...args);
}

function reviewOf(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'tools/content-review.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run content:review', () => {
  it('reports due and outdated services per owner and municipality as JSON', () => {
    const { status, stdout } = review('--today', '2026-09-10', '--format', 'json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.today).toBe('2026-09-10');
    expect(report.thresholds).toEqual({ dueAfterDays: 120, overdueAfterDays: 135, outdatedAfterDays: 150, archiveAfterOutdatedDays: 60 });
    expect(report.counts).toEqual({ due: 1, overdue: 0, outdated: 0, archive: 1 });
    expect(report.items).toEqual([
      {
        slug: 'kotoklubi',
        name: 'Kotoklubi club',
        owner: 'services@example.org',
        municipalities: ['helsinki', 'espoo', 'vantaa', 'kerava', 'porvoo', 'raasepori', 'hanko'],
        reviewed: '2026-01-01',
        daysSinceReview: 252,
        state: 'archive',
        nextStepOn: null,
      },
      {
        slug: 'work-trial',
        name: 'Work trial',
        owner: 'services@example.org',
        municipalities: ['helsinki', 'espoo'],
        reviewed: '2026-05-04',
        daysSinceReview: 129,
        state: 'due',
        nextStepOn: '2026-09-16',
      },
    ]);
    expect(report.byOwner['services@example.org']).toEqual({ due: ['work-trial'], overdue: [], outdated: [], archive: ['kotoklubi'] });
    expect(report.byMunicipality['espoo']).toEqual({ due: ['work-trial'], overdue: [], outdated: [], archive: ['kotoklubi'] });
    expect(report.byMunicipality['hanko']).toEqual({ due: [], overdue: [], outdated: [], archive: ['kotoklubi'] });
  });

  it('exits non-zero with --strict only when something is past the outdated threshold', () => {
    expect(review('--today', '2026-05-10', '--strict').status).toBe(0);
    const late = review('--today', '2026-06-01', '--strict', '--format', 'json');
    expect(late.status).toBe(1);
    expect(JSON.parse(late.stdout).counts.outdated).toBe(1);
  });

  it('prints a readable table and Markdown for the editors issue', () => {
    const table = review('--today', '2026-09-10').stdout;
    expect(table).toContain('Content review on 2026-09-10: 1 due, 0 overdue, 0 outdated, 1 archive');
    expect(table).toMatch(/due\s+work-trial\s+services@example\.org\s+2026-05-04\s+2026-09-16/);
    const markdown = review('--today', '2026-09-10', '--format', 'markdown').stdout;
    expect(markdown).toContain('# Content review 2026-09-10');
    expect(markdown).toContain('- [ ] **Due for review**: Work trial (`work-trial`), last reviewed 2026-05-04, next step 2026-09-16');
  });

  it('refuses an unknown format', () => {
    expect(review('--format', 'xml').status).toBe(2);
  });
});

describe('content:review with hostile editor text', () => {
  const hostile = copyFixture();
  afterAll(() => hostile.cleanup());
  const name = 'Trial [click](https://evil.example) ![x](https://evil.example/p.png) @helsinki/team # | www.evil.example';
  editYaml(hostile.dir, 'taxonomies/municipalities.yaml', ({ terms }) => ({
    terms: [...terms, { id: 'constructor', label: { en: 'Constructor', fi: 'Constructor' } }, { id: 'to-string', label: { en: 'X', fi: 'X' } }],
  }));
  for (const locale of ['en', 'fi']) {
    editFrontMatter(hostile.dir, `services/${locale}/work-trial.mdx`, { name, municipalities: ['constructor', 'helsinki'], reviewed: '2026-05-04' });
  }

  it('a taxonomy id such as "constructor" is a municipality like any other', () => {
    const { status, stdout, stderr } = reviewOf(hostile.dir, '--today', '2026-09-10', '--format', 'json');
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.byMunicipality['constructor'].due).toEqual(['kotoklubi', 'work-trial']);
  });

  it('the Markdown report shows editor text as text: no link, image, heading, table cell or @mention', () => {
    const { status, stdout } = reviewOf(hostile.dir, '--today', '2026-09-10', '--format', 'markdown');
    expect(status).toBe(0);
    const line = stdout
      .split('\n')
      .find((l) => l.includes('(`work-trial`)'))!
      .replace(/^- \[ \] \*\*Due for review\*\*: /, '')
      .replace(/ \(`work-trial`\).*$/, '');
    expect(line).toContain('\\[click\\]\\(https\\:\\/\\/evil\\.example\\)');
    expect(line).toContain('\\!\\[x\\]');
    expect(line).toContain('@\u200Bhelsinki');
    expect(line).not.toMatch(/(^|[^\\])[[\]()|#]/);
    expect(line).not.toMatch(/(^|\s)@\w/);
    expect(stdout).toContain('| constructor |');
  });
});

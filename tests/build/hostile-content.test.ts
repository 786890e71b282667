/**
 * Editor content is untrusted. Every case of the hostile-content corpus (tests/fixtures/hostile/, one file per attack
 * class) goes into a copy of the fixture content, and ends one of two ways:
 * - refused: `content:check` and the build fail, naming the file and the field; or
 * - inert: the build succeeds and the payload is text in every output (page HTML, JSON-LD, open-data JSON and CSV,
 *   both iCal feeds, the search data and the Pagefind index).
 * No code in content may run: files whose code would write a marker file must leave none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { hsdsId } from '../../src/lib/hsds.ts';
import type { CardShardFile } from '../../src/lib/search-files.ts';
import { parse } from 'node-html-parser';
import { buildSite, readPage, root, tmpRoot, type BuildResult } from '../support/build.ts';
import { copyFixture } from '../support/fixture-content.ts';
import { readFragments } from '../../src/build/search-data.ts';
import { walkTree } from '../../src/build/content-layout.ts';
import { parseFrontMatter, parseYaml } from '../../src/build/content-files.ts';
import { effectiveStatus } from '../../src/lib/review.ts';
import { isBuilt } from '../../src/lib/catalogue.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const corpus = path.resolve(import.meta.dirname, '../fixtures/hostile');
const work = path.join(tmpRoot, 'hostile');
const markers = path.join(work, 'markers');

/** A corpus file with its marker placeholder pointing at a path of its own. */
function corpusText(name: string): string {
  return readFileSync(path.join(corpus, name), 'utf8').replaceAll('__MARKER__', path.join(markers, name));
}

const serviceFrontMatter = (dir: string) => {
  const text = readFileSync(path.join(dir, 'services/en/work-trial.mdx'), 'utf8');
  return text.slice(0, text.indexOf('\n---', 3) + 4);
};
const pageFrontMatter = '---\ntitle: Hostile page\ndescription: A page written by a hostile editor.\n---\n';

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

interface RefusedCase {
  name: string;
  /** Writes the case into the content folder. */
  put: (dir: string) => void;
  /** `content/...` path, field, and what the message says. */
  file: string;
  field: string;
  message: RegExp;
}

const bodyCase = (corpusFile: string, message: RegExp, line = 1): RefusedCase => {
  const slug = `hostile-${corpusFile.replace(/\.md$/, '')}`;
  return {
    name: corpusFile,
    put: (dir) => write(dir, `services/en/${slug}.mdx`, `${serviceFrontMatter(dir)}\n${corpusText(corpusFile)}`),
    file: `content/services/en/${slug}.mdx`,
    field: `body line ${line}`,
    message,
  };
};
const frontMatterCase = (corpusFile: string): RefusedCase => ({
  name: corpusFile,
  put: (dir) => write(dir, `services/en/hostile-${corpusFile}`, corpusText(corpusFile)),
  file: `content/services/en/hostile-${corpusFile}`,
  field: '(file)',
  message: /invalid front matter: front matter must be YAML between two "---" lines/,
});
const editedService = (name: string, edit: (frontMatter: string) => string, field: string, message: RegExp): RefusedCase => ({
  name,
  put: (dir) => write(dir, `services/en/hostile-${name}.mdx`, `${edit(serviceFrontMatter(dir))}\nBody.\n`),
  file: `content/services/en/hostile-${name}.mdx`,
  field,
  message,
});
const misplaced = (target: string, from: string, message: RegExp): RefusedCase => ({
  name: `silently dropped: ${target}`,
  put: (dir) => write(dir, target, readFileSync(path.join(dir, from), 'utf8')),
  file: `content/${target}`,
  field: '(file)',
  message,
});

/** A corpus file put at a path of its own (a name, a place or a whole file is the case). */
const placed = (corpusFile: string, target: string, field: string, message: RegExp, shown = `content/${target}`): RefusedCase => ({
  name: corpusFile,
  put: (dir) => write(dir, target, corpusText(corpusFile)),
  file: shown,
  field,
  message,
});
/** A case made by the test itself: links, folders and sizes are not files a corpus can hold. */
const made = (name: string, put: (dir: string) => void, target: string, message: RegExp): RefusedCase => ({
  name,
  put,
  file: `content/${target}`,
  field: '(file)',
  message,
});
const linkRefused = /a link to another file or folder \(symlink\) is never followed or published/;

const refused: RefusedCase[] = [
  frontMatterCase('front-matter-js.mdx'),
  frontMatterCase('front-matter-js-spaced.mdx'),
  frontMatterCase('front-matter-javascript.mdx'),
  frontMatterCase('front-matter-coffee.mdx'),
  frontMatterCase('front-matter-json.mdx'),
  {
    name: 'yaml-aliases.mdx',
    put: (dir) => write(dir, 'services/en/hostile-yaml-aliases.mdx', corpusText('yaml-aliases.mdx')),
    file: 'content/services/en/hostile-yaml-aliases.mdx',
    field: '(file)',
    message: /anchors and aliases \(&k, \*k\) are not allowed/,
  },
  bodyCase('body-entity-link.md', /links accept only .*"javascript:alert\(9\)"/),
  bodyCase('body-reference-definition.md', /links accept only .*"javascript:alert\(document\.cookie\)"/, 3),
  bodyCase('body-html-after-tab-fence.md', /HTML is not allowed \(found "<meta http-equiv/, 5),
  bodyCase('body-html-after-fence-like-text.md', /HTML is not allowed \(found "<script>/, 3),
  // Not valid HTML to a Markdown parser (the attribute holds "=>"), so it is text, and its braces are refused.
  bodyCase('body-jsx.md', /curly braces/),
  bodyCase('body-iframe.md', /HTML is not allowed \(found "<iframe/),
  bodyCase('body-image-javascript.md', /images must be uploaded files under \/attachments\//),
  bodyCase('body-autolink-javascript.md', /links accept only/),
  bodyCase('body-bidi-override.md', /U\+202E/),
  {
    name: 'body-mdx-esm.md (a program page)',
    put: (dir) => write(dir, 'pages/en/hostile-mdx-esm.mdx', `${pageFrontMatter}${corpusText('body-mdx-esm.md')}`),
    file: 'content/pages/en/hostile-mdx-esm.mdx',
    field: 'body line 1',
    message: /import\/export would be code in MDX/,
  },
  {
    name: 'body-mdx-esm.md: the expression',
    put: () => undefined,
    file: 'content/pages/en/hostile-mdx-esm.mdx',
    field: 'body line 3',
    message: /curly braces/,
  },
  {
    name: 'calendar-title-line-break.yaml',
    put: (dir) => write(dir, 'calendar/hostile-title.yaml', corpusText('calendar-title-line-break.yaml')),
    file: 'content/calendar/hostile-title.yaml',
    field: 'title.en',
    message: /must be one line/,
  },
  editedService(
    'bidi-name',
    (fm) => fm.replace('name: Work trial', 'name: "Work \\u202Etrial"'),
    'name',
    /must be one line, without control or text-direction characters/,
  ),
  editedService('nul-summary', (fm) => fm.replace(/^summary: .*$/m, 'summary: "Try it\\0 out"'), 'summary', /control or text-direction/),
  editedService('zero-width-provider', (fm) => fm.replace(/^provider: .*$/m, 'provider: "\\u200B\\u200B"'), 'provider', /must contain visible text/),
  editedService(
    'many-keywords',
    (fm) => fm.replace(/^keywords: .*$/m, `keywords: [${Array.from({ length: 31 }, (_, i) => `k${i}`).join(', ')}]`),
    'keywords',
    /at most 30 keywords/,
  ),
  editedService('long-keyword', (fm) => fm.replace(/^keywords: .*$/m, `keywords: [${'k'.repeat(61)}]`), 'keywords[0]', /at most 60 characters/),
  editedService(
    'many-links',
    (fm) => fm.replace(/^cost: free$/m, `cost: free\nlinks: [${Array.from({ length: 51 }, () => '{ label: x, url: "https://example.org/" }').join(', ')}]`),
    'links',
    /at most 50 items/,
  ),
  {
    name: 'long body',
    put: (dir) => write(dir, 'services/en/hostile-long-body.mdx', `${serviceFrontMatter(dir)}\n${'Lorem ipsum. '.repeat(1600)}\n`),
    file: 'content/services/en/hostile-long-body.mdx',
    field: 'body line 1',
    message: /at most 20000 are allowed/,
  },
  misplaced('services/en/hostile-saved-as.md', 'services/en/work-trial.mdx', /rename it to end in "\.mdx"/),
  misplaced('services/en/hostile-upper-case.MDX', 'services/en/work-trial.mdx', /rename it to end in "\.mdx" \(lower case\)/),
  misplaced('services/en/hostile.markdown', 'services/en/work-trial.mdx', /rename it to end in "\.mdx"/),
  misplaced(
    'services/en/moved/hostile-nested.mdx',
    'services/en/work-trial.mdx',
    /services are read from services\/<locale>\/<name>\.mdx .*move the file there/,
  ),
  misplaced('calendar/hostile-entry.yml', 'calendar/spring-intake.yaml', /rename it to end in "\.yaml"/),
  misplaced('hostile-notes.txt', 'popular-searches.yaml', /not a content file/),
  // One name rule for every content file: a name differing only in case replaced its twin in the build, `!!!`
  // crashed it without naming the file, a hidden file was checked but never loaded.
  placed('calendar-case-twin.yaml', 'calendar/Spring-Intake.yaml', '(file name)', /lowercase ASCII slug such as "spring-intake\.yaml"/),
  placed('partner-case-twin.yaml', 'partners/Example-Company.yaml', '(file name)', /lowercase ASCII slug/),
  placed('calendar-no-slug.yaml', 'calendar/!!!.yaml', '(file name)', /lowercase ASCII slug/),
  placed('calendar-hidden.yaml', 'calendar/.hidden-entry.yaml', '(file name)', /hidden files \(starting with "\."\) are not read/),
  // A file name that would clear the terminal is printed escaped.
  placed(
    'calendar-terminal-escape-name.yaml',
    'calendar/\u001b[2J\u001b[H.yaml',
    '(file name)',
    /lowercase ASCII slug/,
    'content/calendar/\\u{1B}[2J\\u{1B}[H.yaml',
  ),
  placed('calendar-title-c1.yaml', 'calendar/hostile-c1.yaml', 'title.en', /must be one line, without control or text-direction characters/),
  placed('popular-searches-duplicate-id.yaml', 'popular-searches.yaml', '[1].id', /duplicate id "cv-help"/),
  placed('page-reserved-slug.mdx', 'pages/en/search.mdx', '(file name)', /"search" is taken by the site's own page \/<locale>\/search\//),
  bodyCase('body-deep-quotes.md', /nests more than 16 levels/),
  bodyCase('body-deep-8000.md', /nests more than 16 levels/),
  bodyCase('body-reference-image.md', /images must be uploaded files under \/attachments\/ .*"https:\/\/evil\.example\/pixel\.png"/, 3),
  bodyCase('body-bare-domain.md', /write a web address in full, starting with https:\/\/ \(found "www\.example\.com"/),
  bodyCase('body-missing-page.md', /no page "\/en\/job-fair-2026\/" on this site/),
  bodyCase('body-long-word.md', /a word of 5000 characters/),
  bodyCase('body-backslash-path.md', /a link address cannot contain a backslash/),
  bodyCase('body-unused-definition.md', /defines a link by name that no \[text\]\[Important\] uses, so it would not show on the page/, 3),
  bodyCase('body-reference-budget.md', /add up to more than the 100,000 bytes the page can show: .*write the link inline as \[text\]\(https:\/\/…\)/),
  placed('front-matter-blank-line.mdx', 'services/en/hostile-blank-line.mdx', '(file)', /front matter must start on the very first line/),
  placed(
    'calendar-draft-service.yaml',
    'calendar/hostile-draft-service.yaml',
    'service',
    /the service "secret-draft" is a draft and has no page; remove it or publish that service/,
  ),
  placed('calendar-dst-gap.yaml', 'calendar/hostile-dst-gap.yaml', 'startTime', /03:30 on 2027-03-28 does not exist in Helsinki/),
  editedService(
    'related-draft',
    (fm) => fm.replace(/^status: published$/m, 'related: [work-trial, secret-draft, old-archived]\nstatus: published'),
    'related[1]',
    /the service "secret-draft" is a draft and has no page/,
  ),
  {
    name: 'related-draft: the archived one',
    put: () => undefined,
    file: 'content/services/en/hostile-related-draft.mdx',
    field: 'related[2]',
    message: /the service "old-archived" is archived and has no page/,
  },
  made('empty search words file', (dir) => write(dir, 'synonyms/en.yaml', ''), 'synonyms/en.yaml', /the file is empty: delete it or add entries/),
  made('symlink to /', (dir) => symlinkSync('/', path.join(dir, 'calendar/hostile-root.yaml')), 'calendar/hostile-root.yaml', linkRefused),
  made(
    'symlink to another service',
    (dir) => symlinkSync(path.join(dir, 'services/en/work-trial.mdx'), path.join(dir, 'services/en/hostile-linked.mdx')),
    'services/en/hostile-linked.mdx',
    linkRefused,
  ),
  made(
    'folder named like a file',
    (dir) => write(dir, 'services/en/hostile-folder.mdx/inside.mdx', 'x'),
    'services/en/hostile-folder.mdx',
    /a folder where a file belongs/,
  ),
  made(
    'file over the size cap',
    (dir) => write(dir, 'services/en/hostile-huge.mdx', `${serviceFrontMatter(dir)}\n${'Lorem ipsum. '.repeat(9_000)}\n`),
    'services/en/hostile-huge.mdx',
    /a content file is at most 100,000 bytes/,
  ),
];

const attachmentsRefused = [
  { file: 'evil.html', message: /not an allowed attachment/ },
  { file: 'evil.svg', message: /not an allowed attachment/ },
  { file: 'not-really.pdf', message: /the file's content is not PDF/ },
];

/** A public folder like the site's own, plus attachments from the corpus. */
function publicFolder(name: string, attachments: string[]): string {
  const dir = path.join(work, name, 'public');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'public'), dir, { recursive: true });
  for (const file of attachments) cpSync(path.join(corpus, 'attachments', file), path.join(dir, 'attachments', file));
  return dir;
}

function contentCheck(contentDir: string, publicDir: string) {
  const result = spawnSync(process.execPath, ['tools/content-check.ts'], {
    cwd: root,
    encoding: 'utf8',
    // The build's date (buildSite's default), for the review rule.
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_PUBLIC_DIR: publicDir, SITE_TODAY: '2026-06-01' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function markersWritten(): string[] {
  return existsSync(markers) ? readdirSync(markers) : [];
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(markers, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile content that is refused', () => {
  const fixture = copyFixture();
  let publicDir: string;
  let check: { status: number | null; output: string };
  let build: BuildResult;
  beforeAll(() => {
    for (const hostile of refused) hostile.put(fixture.dir);
    publicDir = publicFolder('refused', [...attachmentsRefused.map((a) => a.file), 'course-flyer.pdf']);
    // Links under the attachments: never followed (one to / made the check walk /proc), never published.
    symlinkSync('/', path.join(publicDir, 'attachments/root'));
    symlinkSync('/etc/hostname', path.join(publicDir, 'attachments/hostname.pdf'));
    // Names differing only in case: one file on a case-insensitive checkout.
    for (const twin of ['Flyer-Copy.pdf', 'flyer-copy.pdf'])
      cpSync(path.join(corpus, 'attachments/course-flyer.pdf'), path.join(publicDir, 'attachments', twin));
    check = contentCheck(fixture.dir, publicDir);
    build = buildSite(fixture.dir, 'hostile-refused', undefined, { SITE_PUBLIC_DIR: publicDir });
  }, 120_000);
  afterAll(() => fixture.cleanup());

  it('every corpus file is used by a case', () => {
    const used = new Set(refused.map((c) => c.name.split(' ')[0]!));
    const inertFiles = ['inert-service.mdx', 'inert-calendar.yaml', 'body-html-in-unclosed-fence.md', 'README.md', 'attachments'];
    for (const file of readdirSync(corpus)) expect(used.has(file) || inertFiles.includes(file), file).toBe(true);
  });

  it.each(refused.map((c) => [c.name, c] as const))('content:check refuses %s, naming the file and the field', (_, hostile) => {
    expect(check.status).toBe(1);
    const lines = check.output.split('\n').filter((line) => line.includes(`${hostile.file}: ${hostile.field}: `));
    expect(
      lines.some((line) => hostile.message.test(line)),
      `${hostile.file}: ${hostile.field}: ${hostile.message}\n${check.output}`,
    ).toBe(true);
  });

  it('refuses uploads that are not PDF, PNG, JPEG or WebP, or not what their name says', () => {
    const relative = path.relative(root, publicDir).split(path.sep).join('/');
    for (const attachment of attachmentsRefused) {
      expect(check.output).toMatch(new RegExp(`${relative}/attachments/${attachment.file.replace('.', '\\.')}: \\(file\\): ${attachment.message.source}`));
    }
    expect(check.output).not.toContain('course-flyer.pdf');
    expect(check.output).toContain(`${relative}/attachments/flyer-copy.pdf: (file): the same name as Flyer-Copy.pdf in another case`);
    expect(check.output).not.toContain(`${relative}/attachments/Flyer-Copy.pdf:`);
    for (const link of ['root', 'hostname.pdf']) expect(check.output).toContain(`${relative}/attachments/${link}: (file): a link to another file`);
    expect(check.output).not.toContain('/proc');
  });

  it('content:check prints no control character from content', () => {
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(check.output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('the build fails with the same messages and writes no site', () => {
    expect(build.status).not.toBe(0);
    for (const hostile of refused) expect(build.output).toContain(`${hostile.file}: ${hostile.field}: `);
    expect(existsSync(path.join(build.outDir, 'en', 'index.html'))).toBe(false);
  });

  it('no code in content ran, neither in content:check nor in the build', () => {
    expect(markersWritten()).toEqual([]);
  });
});

describe('hostile text where text is allowed: inert in every output', () => {
  const fixture = copyFixture();
  let build: BuildResult;
  let check: { status: number | null; output: string };
  let publicDir: string;
  const payload = {
    name: '<img src=x onerror=alert(1)> "quoted" </script><script>alert(2)</script>',
    summary: '"><svg onload=alert(3)> & {process.version}',
    provider: '=HYPERLINK("https://evil.example","click")',
    calendarTitle: 'Meetup; with, separators \\ and <script>alert(8)</script>',
  };
  beforeAll(() => {
    const service = corpusText('inert-service.mdx');
    write(fixture.dir, 'services/en/hostile-inert.mdx', service);
    write(fixture.dir, 'services/fi/hostile-inert.mdx', service);
    const unclosed = `${serviceFrontMatter(fixture.dir).replace('name: Work trial', 'name: Unclosed fence')}\n${corpusText('body-html-in-unclosed-fence.md')}`;
    write(fixture.dir, 'services/en/hostile-unclosed-fence.mdx', unclosed);
    write(fixture.dir, 'services/fi/hostile-unclosed-fence.mdx', unclosed);
    write(fixture.dir, 'calendar/hostile-inert.yaml', corpusText('inert-calendar.yaml'));
    // Left out by the review rule (not reviewed for 210 days); the inert service and calendar entry link to it.
    for (const locale of localeCodes) {
      const workTrial = readFileSync(path.join(fixture.dir, `services/${locale}/work-trial.mdx`), 'utf8');
      write(
        fixture.dir,
        `services/${locale}/hostile-unreviewed.mdx`,
        workTrial.replace(/^name: .*$/m, 'name: Unreviewed').replace(/^reviewed: .*$/m, 'reviewed: 2025-01-02'),
      );
    }
    // Ids are looked up in Maps and null-prototype objects: a municipality called `constructor` is a municipality.
    const municipalities = path.join(fixture.dir, 'taxonomies/municipalities.yaml');
    writeFileSync(
      municipalities,
      `${readFileSync(municipalities, 'utf8').trimEnd()}\n  - id: constructor\n    label: { en: Constructor town, fi: Konstruktorila }\n`,
    );
    for (const locale of localeCodes) {
      const file = path.join(fixture.dir, `services/${locale}/work-trial.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('municipalities: [helsinki, espoo]', 'municipalities: [helsinki, espoo, constructor]'));
    }
    publicDir = publicFolder('inert', ['course-flyer.pdf']);
    check = contentCheck(fixture.dir, publicDir);
    expect(check.output).toContain('Content OK');
    build = buildSite(fixture.dir, 'hostile-inert', undefined, { SITE_PUBLIC_DIR: publicDir });
  }, 120_000);
  afterAll(() => fixture.cleanup());

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it("page HTML: the texts are text, no element or attribute from them, no script but the site's own", () => {
    for (const locale of ['en', 'fi']) {
      for (const slug of ['hostile-inert', 'hostile-unclosed-fence']) {
        const html = readFileSync(path.join(build.outDir, locale, 'services', slug, 'index.html'), 'utf8');
        const page = parse(html);
        const scripts = page.querySelectorAll('script').filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json');
        expect(scripts, `${locale}/${slug}: inline scripts`).toEqual([]);
        for (const element of page.querySelectorAll('*')) {
          for (const name of Object.keys(element.attributes)) expect(name, `${slug}: <${element.tagName} ${name}>`).not.toMatch(/^on/i);
          expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
        }
        expect(page.querySelectorAll('main img, main svg, main iframe, meta[http-equiv="refresh"]')).toEqual([]);
      }
    }
    const page = readPage(build.outDir, '/en/services/hostile-inert/');
    expect(page.querySelector('h1')?.text).toBe(payload.name);
    expect(page.querySelector('main')?.text).toContain(payload.summary);
    // Parsed with <pre> as markup (node-html-parser keeps it as raw text by default).
    const codeOf = (slug: string) =>
      parse(readFileSync(path.join(build.outDir, 'en/services', slug, 'index.html'), 'utf8'), {
        blockTextElements: { script: true, style: true },
      }).querySelector('main pre')?.text;
    expect(codeOf('hostile-inert')).toContain('<script>alert(6)</script>');
    expect(codeOf('hostile-unclosed-fence')).toContain('<script>alert(1)</script>');
  });

  it("the editor's headings and footnotes take no id of the page's own, and every in-page link has its target", () => {
    for (const locale of localeCodes) {
      const page = readPage(build.outDir, `/${locale}/services/hostile-inert/`);
      const ids = page.querySelectorAll('[id]').map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        `${locale}: duplicate ids`,
      ).toEqual([]);
      for (const own of ['main', 'contacts', 'description', 'site-search-q']) expect(ids.filter((id) => id === own).length, own).toBeLessThanOrEqual(1);
      expect(ids).toEqual(expect.arrayContaining(['user-content-main', 'user-content-contacts', 'user-content-description', 'user-content-fn-1']));
      for (const labelled of page.querySelectorAll('[aria-labelledby]')) {
        expect(labelled.getAttribute('aria-labelledby')!.startsWith('user-content-'), 'a page section named by an editor heading').toBe(false);
      }
      const inPage = page.querySelectorAll('main a[href^="#"]').map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
      expect(inPage).toEqual(expect.arrayContaining(['user-content-fn-1', 'user-content-fnref-1', 'user-content-contacts']));
      for (const target of inPage) expect(ids, `#${target}`).toContain(target);
    }
  });

  it('a service left out by the review rule is named by content:check, with each link to it, and linked from no output', () => {
    const warnings = check.output.split('\n').filter((line) => line.startsWith('warning: '));
    for (const expected of [
      'content/services/en/hostile-unreviewed.mdx: reviewed: not reviewed since 2025-01-02, so the site leaves it out',
      'content/services/fi/hostile-unreviewed.mdx: reviewed: not reviewed since 2025-01-02',
      'content/services/en/hostile-inert.mdx: related[1]: the service "hostile-unreviewed" is left out of the site',
      'content/calendar/hostile-inert.yaml: service: the service "hostile-unreviewed" is left out of the site',
    ]) {
      expect(
        warnings.some((line) => line.includes(expected)),
        `${expected}\n${check.output}`,
      ).toBe(true);
    }
    for (const locale of localeCodes) {
      const related = readPage(build.outDir, `/${locale}/services/hostile-inert/`).querySelectorAll('[data-related] a');
      expect(related.map((a) => a.getAttribute('href'))).toEqual([`/${locale}/services/work-trial/`]);
    }
    const linking = walkTree(build.outDir)
      .filter((entry) => /\.(html|ics|json|xml|csv|txt)$/.test(entry.file))
      .filter((entry) => readFileSync(path.join(build.outDir, entry.file), 'utf8').includes('services/hostile-unreviewed'))
      .map((entry) => entry.file);
    expect(linking).toEqual([]);
    const ics = new ICAL.Component(ICAL.parse(readFileSync(path.join(build.outDir, 'en/calendar/hostile-inert.ics'), 'utf8')));
    expect(ics.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toMatch(/\/en\/calendar\/#month-12$/);
  });

  it('links by name up to the renderer budget (what content:check passes) all render as links', () => {
    for (const locale of localeCodes) {
      const main = readPage(build.outDir, `/${locale}/services/hostile-inert/`).querySelector('main')!;
      expect(main.querySelectorAll('a[href^="https://example.com/aaaa"]')).toHaveLength(57);
      expect(main.text).not.toContain('[a][long]');
    }
  });

  it('JSON-LD: parses, holds the texts as strings, cannot close its script element', () => {
    const html = readFileSync(path.join(build.outDir, 'en/services/hostile-inert/index.html'), 'utf8');
    const blocks = parse(html).querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).toBeGreaterThan(0);
    const service = blocks.map((block) => JSON.parse(block.rawText) as Record<string, unknown>).find((data) => data['@type'] === 'GovernmentService')!;
    expect(service['name']).toBe(payload.name);
    for (const block of blocks) expect(block.rawText.toLowerCase()).not.toContain('</script');
  });

  it('open data: JSON holds the texts as they were written; CSV defuses the formula', () => {
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'en/services.json'), 'utf8')) as {
      services: { slug: string; name: string; provider: string }[];
    };
    const entry = json.services.find((s) => s.slug === 'hostile-inert')!;
    expect(entry.name).toBe(payload.name);
    expect(entry.provider).toBe(payload.provider);
    const csv = readFileSync(path.join(build.outDir, 'en/services.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('iCal: both feeds parse, the entry is one event with its title as text', () => {
    for (const feed of ['en/calendar.ics', 'en/calendar/hostile-inert.ics']) {
      const text = readFileSync(path.join(build.outDir, feed), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const ours = events.filter((e) => e.uid.startsWith('hostile-inert.'));
      expect(ours, feed).toHaveLength(1);
      expect(ours[0]!.summary).toBe(payload.calendarTitle);
      expect(ours[0]!.description).toBe('Two lines:\nsecond line; with, separators');
    }
    const single = readFileSync(path.join(build.outDir, 'en/calendar/hostile-inert.ics'), 'utf8');
    expect(single.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });

  it('HSDS and the Atom feed hold the texts as text, which a feed reader shows as written', () => {
    const hsds = JSON.parse(readFileSync(path.join(build.outDir, `en/hsds/services/${hsdsId('service', 'hostile-inert')}.json`), 'utf8')) as { name: string };
    expect(hsds.name).toBe(payload.name);
    const atom = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path.join(build.outDir, 'en/services/feed.xml'), 'utf8')) as {
      feed: { entry: { title: { '#text': string }; summary: { '#text': string }; id: string }[] };
    };
    const entry = atom.feed.entry.find((e) => e.id.endsWith('/hostile-inert'))!;
    // The feed says type="html": the HTML a reader renders is the text, escaped.
    const shown = (html: string) => parse(html).text;
    expect(shown(entry.title['#text']).endsWith(`: ${payload.name}`)).toBe(true);
    expect(shown(entry.summary['#text'])).toBe(payload.summary);
    expect(parse(entry.summary['#text']).querySelectorAll('*')).toHaveLength(0);
  });

  it('search data and the Pagefind index hold the texts as text', () => {
    const cards = JSON.parse(readFileSync(path.join(build.outDir, 'en/services/cards-0.json'), 'utf8')) as CardShardFile;
    const card = cards.cards.find((c) => c.meta.slug === 'hostile-inert')!;
    expect(card.meta['title']).toBe(payload.name);
    expect(card.meta['summary']).toBe(payload.summary);
    const fragment = readFragments(path.join(build.outDir, 'pagefind')).find((f) => f.url === '/en/services/hostile-inert/')!;
    expect(fragment.meta['title']).toBe(payload.name);
  });

  it('no code in content ran', () => {
    expect(markersWritten()).toEqual([]);
  });

  it('every file under content/ and the attachments ended built in full, found in dist/', () => {
    walked = fixture.dir;
    const missing: string[] = [];
    for (const entry of walkTree(fixture.dir)) {
      for (const evidence of builtEvidence(build.outDir, entry.file)) if (!evidence.found) missing.push(`${entry.file}: ${evidence.where}`);
    }
    for (const entry of walkTree(path.join(publicDir, 'attachments'))) {
      const built = path.join(build.outDir, 'attachments', entry.file);
      const same = existsSync(built) && readFileSync(built).equals(readFileSync(path.join(publicDir, 'attachments', entry.file)));
      if (!same) missing.push(`attachments/${entry.file}`);
    }
    expect(missing).toEqual([]);
    expect(readPage(build.outDir, '/en/municipalities/constructor/').querySelector('main')?.text).toContain('Work trial');
  });
});

/**
 * Where each kind of content file ends up in the built site, and what of it must be there. A file of a kind not
 * listed here fails the walk: every file is built in full, left out by the status its editor chose, or (in the
 * refused cases above) named by content:check.
 */
function builtEvidence(outDir: string, file: string): { where: string; found: boolean }[] {
  const [folder, ...rest] = file.split('/');
  const read = (relative: string) => (existsSync(path.join(outDir, relative)) ? readFileSync(path.join(outDir, relative), 'utf8') : '');
  const yaml = () => parseYaml(readFileSync(path.join(walked, file), 'utf8')) as Record<string, any>;
  const pageText = (relative: string) => parse(read(relative)).querySelector('main')?.text ?? '';
  const h1 = (relative: string) => parse(read(relative)).querySelector('h1')?.text.trim();
  if (folder === 'services' || folder === 'pages' || folder === 'entry-points') {
    const [locale, name] = rest as [string, string];
    const slug = name.replace(/\.mdx$/, '');
    const data = parseFrontMatter(readFileSync(path.join(walked, file), 'utf8')).data as Record<string, any>;
    const status = folder === 'services' ? effectiveStatus(data['status'], data['reviewed'], '2026-06-01') : (data['status'] ?? 'published');
    const page =
      folder === 'services'
        ? `${locale}/services/${slug}/index.html`
        : folder === 'entry-points'
          ? `${locale}/life-situations/${slug}/index.html`
          : slug === 'home'
            ? `${locale}/index.html`
            : `${locale}/${slug}/index.html`;
    const shown = folder === 'entry-points' ? status === 'published' : isBuilt(status);
    // Left out by its status (a draft, an archived or long-unreviewed service): no page, as the editor chose.
    if (!shown) return [{ where: `${page} absent (status ${status})`, found: !existsSync(path.join(outDir, page)) }];
    const title = slug === 'home' ? undefined : (data['name'] ?? data['title']);
    return [{ where: page, found: title === undefined ? read(page).length > 0 : h1(page) === title }];
  }
  if (folder === 'calendar') {
    // Every entry is listed on the calendar page; only dated ones are events in the feeds ("dates to be announced"
    // entries are not), so the page is the evidence.
    const id = rest[0]!.replace(/\.yaml$/, '');
    const entry = yaml();
    return localeCodes.map((locale) => {
      const listed = parse(read(`${locale}/calendar/index.html`)).querySelector(`[data-calendar-entry="${id}"]`);
      return { where: `${locale}/calendar/ [data-calendar-entry="${id}"]`, found: listed?.text.includes(entry['title'][locale]) ?? false };
    });
  }
  if (folder === 'partners') {
    const partner = yaml();
    return localeCodes.map((locale) => ({ where: `${locale}/partners/`, found: pageText(`${locale}/partners/index.html`).includes(partner['name'][locale]) }));
  }
  if (folder === 'taxonomies') {
    const name = rest[0]!.replace(/\.yaml$/, '');
    return localeCodes.flatMap((locale) => {
      const labels = (JSON.parse(read(`${locale}/services.json`) || '{}') as { taxonomies?: Record<string, Record<string, string>> }).taxonomies?.[name] ?? {};
      return (yaml()['terms'] as { id: string; label: Record<string, string> }[]).map((term) => ({
        where: `${locale}/services.json taxonomies.${name}.${term.id}`,
        found: Object.hasOwn(labels, term.id) && labels[term.id] === term.label[locale],
      }));
    });
  }
  if (file === 'popular-searches.yaml') {
    return localeCodes.flatMap((locale) =>
      (yaml() as unknown as { label: Record<string, string> }[]).map((search) => ({
        where: `${locale}/services/ "${search.label[locale]}"`,
        found: pageText(`${locale}/services/index.html`).includes(search.label[locale]!),
      })),
    );
  }
  return [{ where: `no rule for ${file}: which output shows it?`, found: false }];
}
let walked = '';

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
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { hsdsId } from '../../src/lib/hsds.ts';
import type { CardShardFile } from '../../src/lib/search-files.ts';
import { parse } from 'node-html-parser';
import { buildSite, readPage, root, tmpRoot, type BuildResult } from '../support/build.ts';
import { copyFixture } from '../support/fixture-content.ts';
import { readFragments } from '../../src/integrations/search-data.ts';

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
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_PUBLIC_DIR: publicDir },
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
    const publicDir = publicFolder('inert', ['course-flyer.pdf']);
    const check = contentCheck(fixture.dir, publicDir);
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
});

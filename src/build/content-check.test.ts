import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, formatProblem, printable } from './content-check.ts';
import { copyFixture, editFrontMatter, editYaml, fixtureContent, replaceText, writeText } from '../../tests/support/fixture-content.ts';

const EN = 'services/en/work-trial.mdx';
const FI = 'services/fi/work-trial.mdx';
const both = (changes: Record<string, unknown>) => (dir: string) => {
  editFrontMatter(dir, EN, changes);
  editFrontMatter(dir, FI, changes);
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function check(mutate: (dir: string) => void) {
  const fixture = copyFixture();
  cleanup = fixture.cleanup;
  mutate(fixture.dir);
  return checkContent(fixture.dir);
}

it('accepts the fixture content as it is', () => {
  const result = checkContent(fixtureContent, undefined, { today: '2026-06-01' });
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.warnings.map(formatProblem)).toEqual([
    'content/pages/en/only-english.mdx: (translation): no fi version yet; the fi site shows a "not translated yet" note',
  ]);
});

interface BadCase {
  name: string;
  mutate: (dir: string) => void;
  file: string;
  field: string;
  message: RegExp;
}

const badCases: BadCase[] = [
  {
    name: 'unknown category id',
    mutate: both({ categories: ['job-search-support', 'astrology'] }),
    file: EN,
    field: 'categories[1]',
    message: /unknown categories id "astrology"; known ids: job-search-start, .*financial-support/,
  },
  {
    name: 'unknown municipality id',
    mutate: both({ municipalities: ['turku'] }),
    file: FI,
    field: 'municipalities[0]',
    message: /unknown municipalities id "turku"; known ids: all, helsinki/,
  },
  { name: 'unknown language code', mutate: both({ languages: ['xx'] }), file: EN, field: 'languages[0]', message: /unknown languages id "xx"/ },
  {
    name: 'unknown accessibility feature',
    mutate: both({ accessibility: ['lift'] }),
    file: EN,
    field: 'accessibility[0]',
    message: /unknown accessibility id "lift"/,
  },
  { name: 'unknown life situation', mutate: both({ situations: ['retired'] }), file: EN, field: 'situations[0]', message: /unknown situations id/ },
  { name: 'empty category list', mutate: both({ categories: [] }), file: EN, field: 'categories', message: /choose at least one of the categories/ },
  { name: 'missing required name', mutate: (d) => editFrontMatter(d, EN, { name: undefined }), file: EN, field: 'name', message: /expected text/ },
  {
    name: 'a place in a municipality outside the taxonomy',
    mutate: (d) => editFrontMatter(d, EN, { locations: [{ name: 'Library', address: 'Street 1', municipality: 'tikkurila' }] }),
    file: EN,
    field: 'locations[0].municipality',
    message: /unknown municipalities id "tikkurila"; known ids: helsinki/,
  },
  { name: 'missing summary', mutate: (d) => editFrontMatter(d, FI, { summary: undefined }), file: FI, field: 'summary', message: /expected text/ },
  {
    name: 'summary over 150 characters',
    mutate: (d) => editFrontMatter(d, EN, { summary: 'x'.repeat(151) }),
    file: EN,
    field: 'summary',
    message: /at most 150 characters/,
  },
  { name: 'empty provider', mutate: (d) => editFrontMatter(d, EN, { provider: '   ' }), file: EN, field: 'provider', message: /must not be empty/ },
  {
    name: 'javascript: link',
    mutate: (d) => editFrontMatter(d, EN, { links: [{ label: 'Click', url: 'javascript:alert(1)' }] }),
    file: EN,
    field: 'links[0].url',
    message: /http\(s\), mailto: or tel: link/,
  },
  {
    name: 'data: link',
    mutate: (d) => editFrontMatter(d, FI, { links: [{ label: 'x', url: 'data:text/html,<script>alert(1)</script>' }] }),
    file: FI,
    field: 'links[0].url',
    message: /http\(s\), mailto: or tel: link/,
  },
  {
    name: 'relative link',
    mutate: (d) => editFrontMatter(d, EN, { links: [{ label: 'x', url: '/en/other/' }] }),
    file: EN,
    field: 'links[0].url',
    message: /http\(s\), mailto: or tel: link/,
  },
  {
    name: 'contact with invalid e-mail',
    mutate: (d) => editFrontMatter(d, EN, { contacts: [{ label: 'Desk', email: 'not-an-email' }] }),
    file: EN,
    field: 'contacts[0].email',
    message: /e-mail address/,
  },
  {
    name: 'contact without any channel',
    mutate: (d) => editFrontMatter(d, EN, { contacts: [{ label: 'Desk' }] }),
    file: EN,
    field: 'contacts[0]',
    message: /needs an email, phone or url/,
  },
  { name: 'impossible date', mutate: both({ updated: '2026-02-30' }), file: EN, field: 'updated', message: /YYYY-MM-DD/ },
  { name: 'date in another format', mutate: both({ reviewed: '4.5.2026' }), file: FI, field: 'reviewed', message: /YYYY-MM-DD/ },
  { name: 'unknown status', mutate: both({ status: 'hidden' }), file: EN, field: 'status', message: /draft, published, outdated, archived/ },
  { name: 'unknown cost type', mutate: both({ cost: 'cheap' }), file: EN, field: 'cost', message: /free, paid, other/ },
  { name: 'owner is not an e-mail', mutate: both({ owner: 'Helsinki' }), file: EN, field: 'owner', message: /e-mail address/ },
  {
    name: 'misspelt field name',
    mutate: (d) => editFrontMatter(d, EN, { sumary: 'typo' }),
    file: EN,
    field: 'sumary',
    message: /unknown field.*check the spelling/,
  },
  {
    name: 'structured field differs across locales',
    mutate: (d) => editFrontMatter(d, FI, { municipalities: ['helsinki'] }),
    file: FI,
    field: 'municipalities',
    message: /must be identical in every locale; content\/services\/en\/work-trial\.mdx has \["helsinki","espoo"\]/,
  },
  {
    name: 'status differs across locales',
    mutate: (d) => editFrontMatter(d, FI, { status: 'draft' }),
    file: FI,
    field: 'status',
    message: /must be identical in every locale/,
  },
  {
    name: 'missing Finnish version',
    mutate: (d) => rmSync(path.join(d, FI)),
    file: EN,
    field: '(translation)',
    message: /no fi version; expected content\/services\/fi\/work-trial\.mdx/,
  },
  {
    name: 'related service that does not exist',
    mutate: both({ related: ['no-such-service'] }),
    file: EN,
    field: 'related[0]',
    message: /no service with the slug "no-such-service"/,
  },
  {
    name: 'related service that is a draft (it has no page; the list silently lost it)',
    mutate: both({ related: ['kotoklubi', 'secret-draft'] }),
    file: EN,
    field: 'related[1]',
    message: /the service "secret-draft" is a draft and has no page; remove it or publish that service/,
  },
  {
    name: 'related service that is archived',
    mutate: both({ related: ['old-archived'] }),
    file: FI,
    field: 'related[0]',
    message: /the service "old-archived" is archived and has no page; remove it or publish that service/,
  },
  {
    name: 'related service listed twice',
    mutate: both({ related: ['kotoklubi', 'kotoklubi'] }),
    file: EN,
    field: 'related[1]',
    message: /"kotoklubi" is already in the list; remove this one/,
  },
  {
    name: 'calendar entry about a draft service (its .ics linked a page that is not built)',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        e.service = 'secret-draft';
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'service',
    message: /the service "secret-draft" is a draft and has no page; remove it or publish that service/,
  },
  {
    name: 'calendar entry about an archived service',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        e.service = 'old-archived';
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'service',
    message: /"old-archived" is archived and has no page/,
  },
  {
    name: 'slug with capitals and spaces',
    mutate: (d) => {
      writeText(d, 'services/en/Work Trial 2.mdx', '');
    },
    file: 'services/en/Work Trial 2.mdx',
    field: '(file name)',
    message: /lowercase ASCII slug/,
  },
  {
    name: 'broken front matter YAML',
    mutate: (d) => replaceText(d, EN, 'name: Work trial', 'name: [Work trial'),
    file: EN,
    field: '(file)',
    message: /invalid front matter/,
  },
  {
    name: 'attachment outside /attachments/',
    mutate: (d) => editFrontMatter(d, EN, { attachments: [{ label: 'Flyer', file: '../../etc/passwd' }] }),
    file: EN,
    field: 'attachments[0].file',
    message: /under \/attachments\//,
  },
  {
    name: 'page description too long',
    mutate: (d) => editFrontMatter(d, 'pages/en/home.mdx', { description: 'y'.repeat(161) }),
    file: 'pages/en/home.mdx',
    field: 'description',
    message: /at most 160 characters/,
  },
  {
    name: 'taxonomy term without Finnish label',
    mutate: (d) =>
      editYaml(d, 'taxonomies/modes.yaml', (taxonomy) => {
        delete taxonomy.terms[0].label.fi;
      }),
    file: 'taxonomies/modes.yaml',
    field: 'terms[0].label.fi',
    message: /expected text/,
  },
  {
    name: 'duplicate taxonomy id',
    mutate: (d) => editYaml(d, 'taxonomies/ages.yaml', ({ terms }) => ({ terms: [...terms, terms[0]] })),
    file: 'taxonomies/ages.yaml',
    field: 'terms[4].id',
    message: /duplicate id "under-25"/,
  },
  {
    name: 'taxonomy id with spaces',
    mutate: (d) =>
      editYaml(d, 'taxonomies/modes.yaml', (taxonomy) => {
        taxonomy.terms[0].id = 'In Person';
      }),
    file: 'taxonomies/modes.yaml',
    field: 'terms[0].id',
    message: /lowercase ASCII id/,
  },
  {
    name: 'calendar month out of range',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        e.months = [13];
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'months[0]',
    message: /months are 1-12/,
  },
  {
    name: 'calendar entry without months or date',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        delete e.months;
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'months',
    message: /give months \(1-12\), a start date or occurrences/,
  },
  {
    name: 'calendar entry linking to a missing service',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        e.service = 'gone';
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'service',
    message: /no service with the slug "gone"/,
  },
  {
    name: 'calendar sign-up link with javascript:',
    mutate: (d) =>
      editYaml(d, 'calendar/spring-intake.yaml', (e) => {
        e.signup = 'javascript:void(0)';
      }),
    file: 'calendar/spring-intake.yaml',
    field: 'signup',
    message: /http\(s\), mailto: or tel: link/,
  },
  {
    name: 'partner of unknown kind',
    mutate: (d) =>
      editYaml(d, 'partners/example-company.yaml', (p) => {
        p.kind = 'friend';
      }),
    file: 'partners/example-company.yaml',
    field: 'kind',
    message: /company, organisation, authority/,
  },
  {
    name: 'partner site on ftp',
    mutate: (d) =>
      editYaml(d, 'partners/example-company.yaml', (p) => {
        p.url.fi = 'ftp://example.com';
      }),
    file: 'partners/example-company.yaml',
    field: 'url.fi',
    message: /https:\/\/ or http:\/\//,
  },
  {
    name: 'partner name in one language only',
    mutate: (d) =>
      editYaml(d, 'partners/example-company.yaml', (p) => {
        p.name = 'Example Company Oy';
      }),
    file: 'partners/example-company.yaml',
    field: 'name',
    message: /expected text for every locale: en, fi/,
  },
  {
    name: 'search words with a synonym entry of one word',
    mutate: (d) => writeText(d, 'synonyms/fi.yaml', 'synonyms:\n  - same: [palkkatuki]\n'),
    file: 'synonyms/fi.yaml',
    field: 'synonyms[0].same',
    message: /list at least two words that mean the same/,
  },
  {
    name: 'an empty search words file (the build read it as nothing and failed on a service page)',
    mutate: (d) => writeText(d, 'synonyms/en.yaml', ''),
    file: 'synonyms/en.yaml',
    field: '(file)',
    message: /the file is empty: delete it or add entries/,
  },
  {
    name: 'a search words file holding only a comment',
    mutate: (d) => writeText(d, 'synonyms/fi.yaml', '# later\n'),
    file: 'synonyms/fi.yaml',
    field: '(file)',
    message: /the file is empty: delete it or add entries/,
  },
  {
    name: 'search words file over the size cap, although every entry is valid',
    mutate: (d) =>
      writeText(d, 'synonyms/fi.yaml', `synonyms:\n${Array.from({ length: 1800 }, (_, i) => `  - same: [sana${i}, toinen${i}, kolmas${i}]\n`).join('')}`),
    file: 'synonyms/fi.yaml',
    field: '(file)',
    message: /bytes; a search words file may have at most 65536/,
  },
  {
    name: 'popular search with an unknown filter value',
    mutate: (d) =>
      editYaml(d, 'popular-searches.yaml', (list) => {
        list[1].query = 'municipality=turku';
      }),
    file: 'popular-searches.yaml',
    field: '[1].query',
    message: /unknown value "municipality=turku"/,
  },
  {
    name: 'popular search with words in the shared query',
    mutate: (d) =>
      editYaml(d, 'popular-searches.yaml', (list) => {
        list[2].query = 'q=toddler&category=integration';
      }),
    file: 'popular-searches.yaml',
    field: '[2].query',
    message: /search words go in `text`, one per language/,
  },
  {
    name: 'popular search with an unknown parameter',
    mutate: (d) =>
      editYaml(d, 'popular-searches.yaml', (list) => {
        list[0].query = 'colour=red';
      }),
    file: 'popular-searches.yaml',
    field: '[0].query',
    message: /unknown parameter "colour=red"/,
  },
  {
    name: 'entry point with an unknown situation id',
    mutate: (d) => {
      writeText(d, 'entry-points/en/parents.mdx', '---\ntitle: Parents\ndescription: For parents.\norder: 1\nfilters:\n  situation: [astronauts]\n---\nText\n');
      writeText(
        d,
        'entry-points/fi/parents.mdx',
        '---\ntitle: Vanhemmat\ndescription: Vanhemmille.\norder: 1\nfilters:\n  situation: [astronauts]\n---\nTeksti\n',
      );
    },
    file: 'entry-points/en/parents.mdx',
    field: 'filters.situation[0]',
    message: /unknown situations id "astronauts"; known ids: looking-for-work/,
  },
  {
    name: 'entry point without filters',
    mutate: (d) => {
      writeText(d, 'entry-points/en/empty.mdx', '---\ntitle: Empty\ndescription: Nothing.\norder: 2\nfilters: {}\n---\n');
      writeText(d, 'entry-points/fi/empty.mdx', '---\ntitle: Tyhjä\ndescription: Ei mitään.\norder: 2\nfilters: {}\n---\n');
    },
    file: 'entry-points/fi/empty.mdx',
    field: 'filters',
    message: /at least one filter/,
  },
  {
    name: 'MDX expression in a service body',
    mutate: (d) => replaceText(d, EN, 'Body of Work trial.', 'Body of {process.env.SECRET}.'),
    file: EN,
    field: 'body line 2',
    message: /curly braces \{ \} are not allowed/,
  },
  {
    name: 'raw HTML script in a page body',
    mutate: (d) => replaceText(d, 'pages/en/home.mdx', 'Fixture home body en.', '<script>alert(1)</script>'),
    file: 'pages/en/home.mdx',
    field: 'body line 2',
    message: /HTML is not allowed \(found "<script>/,
  },
  {
    name: 'javascript: link in a body',
    mutate: (d) => replaceText(d, FI, 'Body of Työkokeilu.', '[Klikkaa](javascript:alert(1))'),
    file: FI,
    field: 'body line 2',
    message: /links accept only/,
  },
  {
    name: 'taxonomy file in the old shape (a list at the top)',
    mutate: (d) => editYaml(d, 'taxonomies/modes.yaml', ({ terms }) => terms),
    file: 'taxonomies/modes.yaml',
    field: '(file)',
    message: /^expected a mapping with `terms:` holding the list of terms; a list at the top of the file is the old shape/,
  },
  {
    name: 'missing taxonomy file',
    mutate: (d) => rmSync(path.join(d, 'taxonomies/audiences.yaml')),
    file: 'taxonomies/audiences.yaml',
    field: '(file)',
    message: /missing taxonomy file/,
  },
];

describe('content check reports `path: field: message`', () => {
  it('has at least 25 distinct bad-content cases', () => {
    expect(new Set(badCases.map((c) => c.name)).size).toBeGreaterThanOrEqual(25);
  });

  it('names the services the review rule leaves out, and each link to one, as warnings: the date alone never fails a check', () => {
    const late = (today: string) => {
      const fixture = copyFixture();
      try {
        editFrontMatter(fixture.dir, 'services/en/kotoklubi.mdx', { reviewed: '2026-01-02' });
        editFrontMatter(fixture.dir, 'services/fi/kotoklubi.mdx', { reviewed: '2026-01-02' });
        both({ related: ['kotoklubi'] })(fixture.dir);
        editYaml(fixture.dir, 'calendar/spring-intake.yaml', (e) => {
          e.service = 'kotoklubi';
        });
        serviceWithBody(fixture.dir, 'linking', 'Intro.\n\nSee [the club](/en/services/kotoklubi/) and [work](/en/services/work-trial/).');
        return checkContent(fixture.dir, undefined, { today });
      } finally {
        fixture.cleanup();
      }
    };
    // Archived by the rule 210 days after the review: 2026-07-31.
    const before = late('2026-07-30');
    expect(before.problems).toEqual([]);
    expect(before.warnings.map(formatProblem).filter((w) => w.includes('review'))).toEqual([]);
    const after = late('2026-07-31');
    expect(after.problems.map(formatProblem)).toEqual([]);
    expect(after.warnings.map(formatProblem)).toEqual(
      expect.arrayContaining([
        'content/services/en/kotoklubi.mdx: reviewed: not reviewed since 2026-01-02, so the site leaves it out (since 2026-07-31); check the service and set `reviewed` to the date you did, or set `status: archived`',
        'content/services/fi/kotoklubi.mdx: reviewed: not reviewed since 2026-01-02, so the site leaves it out (since 2026-07-31); check the service and set `reviewed` to the date you did, or set `status: archived`',
        `content/${EN}: related[0]: the service "kotoklubi" is left out of the site (not reviewed since 2026-01-02), so this link is not shown; have it reviewed, or remove it`,
        `content/calendar/spring-intake.yaml: service: the service "kotoklubi" is left out of the site (not reviewed since 2026-01-02), so this link is not shown; have it reviewed, or remove it`,
        'content/services/en/linking.mdx: body line 3: links to the service "kotoklubi", which is left out of the site (not reviewed in time), so the link leads nowhere until it is reviewed; have it reviewed, or remove the link',
      ]),
    );
  });

  for (const bad of badCases) {
    it(bad.name, () => {
      const { problems } = check(bad.mutate);
      const expectedFile = `content/${bad.file}`;
      const match = problems.find((p) => p.file === expectedFile && p.field === bad.field && bad.message.test(p.message));
      expect(match, `expected ${expectedFile}: ${bad.field}: ${bad.message}; got\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(formatProblem(match!)).toBe(`${expectedFile}: ${bad.field}: ${match!.message}`);
    });
  }

  it('reports every problem, not just the first', () => {
    const { problems } = check((d) => {
      editFrontMatter(d, EN, { summary: 'z'.repeat(200), links: [{ label: 'x', url: 'javascript:alert(1)' }] });
      editFrontMatter(d, 'services/fi/kotoklubi.mdx', { updated: 'yesterday' });
    });
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(
      expect.arrayContaining([
        'content/services/en/work-trial.mdx: summary',
        'content/services/en/work-trial.mdx: links[0].url',
        'content/services/fi/kotoklubi.mdx: updated',
      ]),
    );
  });
});

/** A copy of the fixture's work-trial service (both locales) under another slug, with a body of its own. */
function serviceWithBody(dir: string, slug: string, body: string, locales = ['en', 'fi']): void {
  for (const locale of locales) {
    const text = readFileSync(path.join(dir, `services/${locale}/work-trial.mdx`), 'utf8');
    writeText(dir, `services/${locale}/${slug}.mdx`, `${text.slice(0, text.indexOf('\n---', 3) + 4)}\n${body}\n`);
  }
}

function expectProblem(problems: ReturnType<typeof checkContent>['problems'], file: string, field: string, message: RegExp): void {
  const match = problems.find((p) => p.file === `content/${file}` && p.field === field && message.test(p.message));
  expect(match, `expected content/${file}: ${field}: ${message}; got\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
}

describe('one name rule for every content file', () => {
  it('refuses a calendar entry or partner whose name differs only in case (they replaced each other in the build)', () => {
    const { problems } = check((d) => {
      cpSync(path.join(d, 'calendar/spring-intake.yaml'), path.join(d, 'calendar/Spring-Intake.yaml'));
      cpSync(path.join(d, 'partners/example-company.yaml'), path.join(d, 'partners/Example-Company.yaml'));
    });
    expectProblem(problems, 'calendar/Spring-Intake.yaml', '(file name)', /lowercase ASCII slug such as "spring-intake\.yaml"/);
    expectProblem(problems, 'partners/Example-Company.yaml', '(file name)', /lowercase ASCII slug/);
  });

  it('refuses a name that is no slug at all, naming the file instead of crashing', () => {
    const { problems } = check((d) => cpSync(path.join(d, 'calendar/spring-intake.yaml'), path.join(d, 'calendar/!!!.yaml')));
    expectProblem(problems, 'calendar/!!!.yaml', '(file name)', /lowercase ASCII slug/);
  });

  it('refuses hidden files, which were checked but never loaded', () => {
    const { problems } = check((d) => {
      cpSync(path.join(d, 'calendar/spring-intake.yaml'), path.join(d, 'calendar/.x.yaml'));
      cpSync(path.join(d, EN), path.join(d, 'services/en/.hidden.mdx'));
    });
    expectProblem(problems, 'calendar/.x.yaml', '(file name)', /hidden files/);
    expectProblem(problems, 'services/en/.hidden.mdx', '(file name)', /hidden files/);
  });

  it("refuses a page or service named like one of the site's own routes, read from src/pages", () => {
    const { problems } = check((d) => {
      for (const slug of ['search', 'feedback', 'open-data', 'whats-new', 'life-situations', '404']) {
        cpSync(path.join(d, 'pages/en/only-english.mdx'), path.join(d, `pages/en/${slug}.mdx`));
      }
      serviceWithBody(d, 'a-z', 'Body.');
    });
    for (const slug of ['search', 'feedback', 'open-data', 'whats-new', 'life-situations', '404']) {
      expectProblem(problems, `pages/en/${slug}.mdx`, '(file name)', new RegExp(`"${slug}" is taken by the site's own page /<locale>/${slug}/`));
    }
    expectProblem(problems, 'services/en/a-z.mdx', '(file name)', /"a-z" is taken by the site's own page \/<locale>\/services\/a-z\//);
  });

  it('refuses a partner that no page would show (partners are listed on the program page `partners`)', () => {
    const { problems } = check((d) => rmSync(path.join(d, 'pages/fi/partners.mdx')));
    expectProblem(
      problems,
      'partners/example-company.yaml',
      '(file)',
      /listed on the program page content\/pages\/fi\/partners\.mdx, which does not exist or is not published/,
    );
  });

  it('refuses a popular search whose id is already used', () => {
    const { problems } = check((d) =>
      editYaml(d, 'popular-searches.yaml', (list: { id: string }[]) => [...list, { ...list[0], id: list[0]!.id.toUpperCase() }]),
    );
    expectProblem(problems, 'popular-searches.yaml', '[6].id', /duplicate id "CV-HELP"/);
  });
});

describe('files are files', () => {
  it('refuses links, folders named like files and files over the size cap; never follows a link', () => {
    const { problems } = check((d) => {
      symlinkSync('/', path.join(d, 'calendar/root.yaml'));
      symlinkSync(path.join(d, EN), path.join(d, 'services/en/linked.mdx'));
      symlinkSync('/', path.join(d, 'partners/everything'));
      mkdirSync(path.join(d, 'services/en/folder.mdx'));
      writeText(d, 'services/en/folder.mdx/inside.txt', 'x');
      serviceWithBody(d, 'huge', `${'word '.repeat(21_000)}`, ['en']);
    });
    const link = /a link to another file or folder \(symlink\) is never followed/;
    expectProblem(problems, 'calendar/root.yaml', '(file)', link);
    expectProblem(problems, 'services/en/linked.mdx', '(file)', link);
    expectProblem(problems, 'partners/everything', '(file)', link);
    expectProblem(problems, 'services/en/folder.mdx', '(file)', /a folder where a file belongs/);
    expectProblem(problems, 'services/en/huge.mdx', '(file)', /the file is 10\d,\d{3} bytes; a content file is at most 100,000 bytes/);
  });

  it('refuses a link under the attachments, even one to /, without walking it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'attachments-'));
    const attachments = path.join(root, 'public/attachments');
    mkdirSync(attachments, { recursive: true });
    symlinkSync('/', path.join(attachments, 'root'));
    symlinkSync('/etc/hostname', path.join(attachments, 'host.pdf'));
    try {
      const { problems } = checkContent(fixtureContent, path.dirname(fixtureContent), { attachmentsDir: attachments });
      const files = problems.map((p) => `${p.file}: ${p.message}`);
      expect(files.some((line) => /attachments\/root: a link .* is never followed/.test(line))).toBe(true);
      expect(files.some((line) => /attachments\/host\.pdf: a link .* is never followed/.test(line))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('attachment names', () => {
  it('accepts letters in either case as the message says, and refuses names differing only in case', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'attachments-'));
    const attachments = path.join(root, 'public/attachments');
    mkdirSync(attachments, { recursive: true });
    const flyer = path.resolve(import.meta.dirname, '../../tests/fixtures/hostile/attachments/course-flyer.pdf');
    for (const name of ['A.pdf', 'a.pdf', 'Course-Flyer.PDF']) cpSync(flyer, path.join(attachments, name));
    cpSync(path.resolve(import.meta.dirname, '../../tests/fixtures/hostile/attachments/evil.html'), path.join(attachments, 'evil.html'));
    try {
      const { problems } = checkContent(fixtureContent, root, { attachmentsDir: attachments });
      expect(problems.filter((p) => p.file.includes('attachments/')).map(formatProblem)).toEqual([
        'public/attachments/a.pdf: (file): the same name as A.pdf in another case; rename one of them (they are one file where names ignore case)',
        'public/attachments/evil.html: (file): not an allowed attachment; upload only pdf, png, jpg, jpeg, webp files with plain names (letters A-Z or a-z, digits 0-9, . _ -)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('attachments that a service or body names must be uploaded', () => {
  it('refuses a listed attachment or a body image that is not in the attachments folder', () => {
    const fixtureCopy = copyFixture();
    cleanup = fixtureCopy.cleanup;
    const d = fixtureCopy.dir;
    const attachments = path.join(path.dirname(d), 'public/attachments');
    mkdirSync(attachments, { recursive: true });
    cpSync(path.resolve(import.meta.dirname, '../../tests/fixtures/hostile/attachments/course-flyer.pdf'), path.join(attachments, 'course-flyer.pdf'));
    const listed = [
      { label: 'Flyer', file: '/attachments/course-flyer.pdf' },
      { label: 'Gone', file: '/attachments/gone.pdf' },
    ];
    both({ attachments: listed })(d);
    serviceWithBody(d, 'images', '![map](/attachments/map.png)');
    const { problems } = checkContent(d, path.dirname(d), { attachmentsDir: attachments });
    expectProblem(problems, EN, 'attachments[1].file', /no uploaded file "\/attachments\/gone\.pdf"; upload it first/);
    expect(problems.filter((p) => p.field === 'attachments[0].file')).toEqual([]);
    expectProblem(problems, 'services/en/images.mdx', 'body line 1', /no uploaded file "\/attachments\/map\.png"/);
  });
});

describe('bounded structure and links in bodies', () => {
  it('refuses deep nesting without overflowing the stack, even at 8,000 levels', () => {
    const { problems } = check((d) => {
      serviceWithBody(d, 'quotes', `${'>'.repeat(130)} deep`);
      serviceWithBody(d, 'very-deep', `${'>'.repeat(8_000)} deeper`);
      serviceWithBody(d, 'lists', `${'- '.repeat(20)}x`);
      serviceWithBody(d, 'emphasis', `${'*a '.repeat(40)}x${' a*'.repeat(40)}`);
    });
    for (const slug of ['quotes', 'very-deep', 'lists', 'emphasis']) {
      expectProblem(problems, `services/en/${slug}.mdx`, 'body line 1', /nests more than 16 levels/);
    }
  });

  it('resolves reference-style images and links before checking them', () => {
    const { problems } = check((d) =>
      serviceWithBody(d, 'references', '![tracker][r]\n\n[later][w]\n\n[r]: https://evil.example/pixel.png\n[w]: www.example.com'),
    );
    expectProblem(
      problems,
      'services/en/references.mdx',
      'body line 1',
      /images must be uploaded files under \/attachments\/ .*https:\/\/evil\.example\/pixel\.png/,
    );
    expectProblem(problems, 'services/en/references.mdx', 'body line 6', /write a web address in full, starting with https:\/\//);
  });

  it('refuses body links that would be broken relative links, saying how to write them', () => {
    const { problems } = check((d) =>
      serviceWithBody(
        d,
        'links',
        [
          '[a](www.example.com)',
          '[b](example.com/page)',
          '[c](/en/no-such-page/)',
          '[d](/en/services/secret-draft/)',
          '[e](docs/page)',
          '[f](/en/services/kotoklubi/) [g](/fi/only-english/) [h](#top) [i](/en/services/?category=integration) [j](/en/calendar/)',
        ].join('\n\n'),
      ),
    );
    const file = 'services/en/links.mdx';
    expectProblem(problems, file, 'body line 1', /write a web address in full, starting with https:\/\/ .*https:\/\/www\.example\.com/);
    expectProblem(problems, file, 'body line 3', /write a web address in full/);
    expectProblem(problems, file, 'body line 5', /no page "\/en\/no-such-page\/" on this site/);
    expectProblem(problems, file, 'body line 7', /no page "\/en\/services\/secret-draft\/"/);
    expectProblem(problems, file, 'body line 9', /a link within the site starts with "\/"/);
    expect(problems.filter((p) => p.file === `content/${file}` && p.field === 'body line 11')).toEqual([]);
  });

  it('caps word length in bodies and texts, and refuses C1 control characters', () => {
    const { problems } = check((d) => {
      serviceWithBody(d, 'long-word', `A ${'x'.repeat(201)} word.`);
      editFrontMatter(d, EN, { summary: `Short ${'y'.repeat(201)}`.slice(0, 150), provider: 'Provider\u009b2J' });
    });
    expectProblem(problems, 'services/en/long-word.mdx', 'body line 1', /a word of 201 characters .* at most 200 characters/);
    expectProblem(problems, EN, 'provider', /without control or text-direction characters/);
  });
});

describe('content:check output', () => {
  it('prints control characters escaped, so content cannot clear the terminal', () => {
    expect(printable('services/en/\u001b[2J\u001b[HContent OK\u009b.mdx')).toBe('services/en/\\u{1B}[2J\\u{1B}[HContent OK\\u{9B}.mdx');
    // Invisible format characters too: a name holding one looked like a valid slug.
    expect(printable('calendar/spring\u200B-intake\u200D\u200F\u2060\u2064\uFEFF.yaml')).toBe(
      'calendar/spring\\u{200B}-intake\\u{200D}\\u{200F}\\u{2060}\\u{2064}\\u{FEFF}.yaml',
    );
    const { problems } = check((d) => renameSync(path.join(d, 'calendar/spring-intake.yaml'), path.join(d, 'calendar/\u001b[2Jx.yaml')));
    const line = problems.map(formatProblem).find((l) => l.includes('[2Jx.yaml'))!;
    expect(line).toContain('content/calendar/\\u{1B}[2Jx.yaml: (file name): ');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

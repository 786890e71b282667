import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from './content-check.ts';
import { groupTermUsage, missingTermProblems, termUsage, termsIn, termsInPopularSearches } from './term-usage.ts';
import { serviceSchema } from '../schemas/service.ts';
import { taxonomyNames, type TaxonomyIds } from '../schemas/taxonomy.ts';
import { recordFromKeys } from '../lib/records.ts';
import { copyFixture, editYaml, fixtureContent } from '../../tests/support/fixture-content.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function checkEdited(mutate: (dir: string) => void) {
  const fixture = copyFixture();
  cleanup = fixture.cleanup;
  mutate(fixture.dir);
  return checkContent(fixture.dir);
}

const servicesUsing = (...slugs: string[]) => ['en', 'fi'].flatMap((locale) => slugs.map((slug) => `content/services/${locale}/${slug}.mdx`));

describe('termUsage', () => {
  const usage = termUsage(fixtureContent);

  it('lists, per taxonomy and id, the files that use it: services, entry points, calendar entries, popular searches', () => {
    expect(Object.keys(usage)).toEqual([...taxonomyNames]);
    expect(usage.modes['in-person']).toEqual(servicesUsing('kotoklubi', 'old-archived', 'secret-draft', 'work-trial').sort());
    expect(usage.situations['looking-for-work']).toEqual(
      expect.arrayContaining(['content/entry-points/en/looking-for-work.mdx', 'content/entry-points/fi/looking-for-work.mdx']),
    );
    expect(usage.audiences['spouses']).toEqual(['content/calendar/spring-intake.yaml']);
    expect(usage.situations['spouse-of-talent']).toEqual(['content/popular-searches.yaml']);
    expect(usage.accessibility).toEqual({ 'step-free': servicesUsing('work-trial') });
    expect(usage.accessibility['induction-loop']).toBeUndefined();
  });

  it('counts a popular search value where links read it (`access=childcare` is support), and "all" as no term', () => {
    expect(usage.support['childcare']).toEqual(['content/popular-searches.yaml', ...servicesUsing('kotoklubi')]);
    expect(usage.municipalities['all']).toBeUndefined();
    expect(usage.municipalities['espoo']).toEqual(servicesUsing('work-trial'));
  });

  it('sorts the files, and is what content:check collects from the files it reads', () => {
    for (const name of taxonomyNames) for (const files of Object.values(usage[name])) expect(files).toEqual([...files].sort());
    expect(checkContent(fixtureContent).termUsage).toEqual(usage);
  });

  it('finds a reference in any field the schema marks as one, e.g. the municipality of a place', () => {
    const noIds: TaxonomyIds = recordFromKeys(taxonomyNames, () => []);
    const data = { modes: ['online', 7], municipalities: ['all'], locations: [{ name: 'Library', municipality: 'vantaa' }, 'not a place'] };
    expect(termsIn(serviceSchema(noIds), data)).toEqual([
      { taxonomy: 'modes', id: 'online' },
      { taxonomy: 'municipalities', id: 'vantaa' },
    ]);
    expect(termsIn(serviceSchema(noIds), 'not front matter')).toEqual([]);
    expect(termsInPopularSearches([{ query: '?mode=online,phone&cost=free&q=cv' }, { text: {} }, 'junk'])).toEqual([
      { taxonomy: 'modes', id: 'online' },
      { taxonomy: 'modes', id: 'phone' },
    ]);
  });
});

describe('an id in use cannot be renamed or removed', () => {
  it('refuses a removed id on the taxonomy file, naming the files that use it, before their own problems', () => {
    const { problems } = checkEdited((dir) =>
      editYaml(dir, 'taxonomies/modes.yaml', ({ terms }) => ({ terms: terms.filter((t: any) => t.id !== 'in-person') })),
    );
    const files = servicesUsing('kotoklubi', 'old-archived', 'secret-draft', 'work-trial').sort();
    expect(formatProblem(problems[0]!)).toBe(
      `content/taxonomies/modes.yaml: terms: the id "in-person" is used by ${files.join(', ')} but is not a term here; if it was renamed or removed, put the term back (an id in use cannot change, its label can) or change those files first; if those files misspell it, correct them`,
    );
    expect(problems.filter((p) => p.file.startsWith('content/taxonomies/'))).toHaveLength(1);
  });

  it('refuses a renamed id used by a popular search or a calendar entry', () => {
    const { problems } = checkEdited((dir) => {
      editYaml(dir, 'taxonomies/support.yaml', ({ terms }) => ({ terms: terms.map((t: any) => (t.id === 'childcare' ? { ...t, id: 'child-care' } : t)) }));
      editYaml(dir, 'taxonomies/audiences.yaml', ({ terms }) => ({ terms: terms.filter((t: any) => t.id !== 'spouses') }));
    });
    const taxonomyProblems = problems.filter((p) => p.file.startsWith('content/taxonomies/')).map(formatProblem);
    expect(taxonomyProblems).toEqual([
      expect.stringMatching(/^content\/taxonomies\/support\.yaml: terms: the id "childcare" is used by content\/popular-searches\.yaml, content\/services\/en/),
      expect.stringMatching(
        /^content\/taxonomies\/audiences\.yaml: terms: the id "spouses" is used by content\/calendar\/spring-intake\.yaml but is not a term here;/,
      ),
    ]);
  });

  it('a misspelt id in a popular search is not blamed on the taxonomy alone: the line names both causes', () => {
    const { problems } = checkEdited((dir) =>
      editYaml(dir, 'popular-searches.yaml', (list) =>
        list.map((search: any) => (search.query === 'situation=spouse-of-talent' ? { ...search, query: 'situation=spouse-of-talnet' } : search)),
      ),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/taxonomies/situations.yaml: terms: the id "spouse-of-talnet" is used by content/popular-searches.yaml but is not a term here; if it was renamed or removed, put the term back (an id in use cannot change, its label can) or change those files first; if those files misspell it, correct them',
      'content/popular-searches.yaml: [3].query: unknown value "situation=spouse-of-talnet"',
    ]);
  });

  it('lets a label change, and says nothing more about a taxonomy file that is broken anyway', () => {
    expect(checkEdited((dir) => editYaml(dir, 'taxonomies/modes.yaml', (file) => void (file.terms[0].label.en = 'On site'))).problems).toEqual([]);
    const { problems } = checkEdited((dir) => editYaml(dir, 'taxonomies/modes.yaml', ({ terms }) => terms));
    expect(problems.filter((p) => p.file === 'content/taxonomies/modes.yaml').map((p) => p.field)).toEqual(['(file)']);
  });

  it('names at most ten files, then counts the rest', () => {
    const files = Array.from({ length: 13 }, (_, i) => `content/services/en/s${String(i).padStart(2, '0')}.mdx`);
    const usage = groupTermUsage(files.reverse().map((file) => ({ file, uses: [{ taxonomy: 'modes', id: 'phone' }] })));
    const [problem, ...others] = missingTermProblems(usage, { modes: ['online'] }, (name) => `content/taxonomies/${name}.yaml`);
    expect(others).toEqual([]);
    expect(problem!.message).toMatch(/^the id "phone" is used by content\/services\/en\/s00\.mdx, .*s09\.mdx and 3 more but /);
  });
});

describe('ids are keys like any other', () => {
  it('an id such as "constructor" is found only when used', () => {
    const none = groupTermUsage([]);
    expect(none.municipalities['constructor']).toBeUndefined();
    const used = groupTermUsage([{ file: 'a.mdx', uses: [{ taxonomy: 'municipalities', id: 'constructor' }] }]);
    expect(used.municipalities['constructor']).toEqual(['a.mdx']);
  });
});

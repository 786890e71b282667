/**
 * Writes a synthetic but realistic service catalogue of N services in every locale, for the benchmark
 * (`npm run bench`) and for tests. The output is a complete content folder (services plus copies of the
 * taxonomies, program pages, entry points, calendar, partners and popular searches of `content/`), so the
 * build can be pointed at it with `CONTENT_DIR=<folder>`. It never writes into `content/`.
 *
 *   node tools/generate-catalogue.ts --services 500 --out bench/.tmp/catalogue-500 [--seed 1] [--today 2026-11-22]
 *
 * The same seed, count and date give byte-identical files. Every taxonomy term is used (once N >= 10); about 4 %
 * of services are drafts and about 3 % are outdated by the review rules; lengths vary from a short paragraph to a
 * long page; Finnish words that have no English counterpart (kotoutumissuunnitelma, starttiraha...) appear in
 * the Finnish text and in some English keywords.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../src/i18n/locales.ts';
import { readTaxonomyIds } from '../src/build/taxonomy-ids.ts';
import { daysBetween } from '../src/lib/dates.ts';
import { taxonomyNames, type TaxonomyName } from '../src/schemas/taxonomy.ts';
import { createRandom, frontMatter, makeService } from './lib/synthetic-services.ts';
import { parseToolArgs, refuseArgument } from './lib/cli.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoContentDir = path.join(projectRoot, 'content');

/** Marks a folder as written by this script, so a later run may empty it. */
const MARKER = '.generated-catalogue';

export interface GenerateOptions {
  services: number;
  outDir: string;
  seed?: number;
  /** The build date the review dates are relative to (YYYY-MM-DD). */
  today?: string;
  /** Where taxonomies, pages and the other non-service content are copied from. */
  sourceDir?: string;
}

export interface GenerateResult {
  outDir: string;
  services: number;
  drafts: number;
  outdated: number;
  archived: number;
  /** Term ids used per taxonomy. */
  used: Record<TaxonomyName, string[]>;
  files: number;
}

/** The field order of the demo files, so generated files read like hand-written ones. */
const fieldOrder = [
  'name',
  'summary',
  'keywords',
  'provider',
  'categories',
  'municipalities',
  'situations',
  'audiences',
  'ages',
  'languages',
  'modes',
  'accessibility',
  'accessibilityNote',
  'support',
  'locations',
  'dayparts',
  'schedule',
  'cost',
  'costNote',
  'howToJoin',
  'prerequisites',
  'benefits',
  'consents',
  'contacts',
  'links',
  'related',
  'status',
  'updated',
  'reviewed',
  'owner',
];

function prepareOutDir(outDir: string): void {
  const resolved = path.resolve(outDir);
  if (resolved === demoContentDir || resolved.startsWith(`${demoContentDir}${path.sep}`) || resolved === projectRoot) {
    throw new Error(`refusing to write a generated catalogue into ${resolved}; choose a folder outside content/`);
  }
  if (existsSync(resolved)) {
    const entries = readdirSync(resolved);
    if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`${resolved} is not empty and was not written by this script; choose another folder`);
    rmSync(resolved, { recursive: true, force: true });
  }
  mkdirSync(resolved, { recursive: true });
  writeFileSync(path.join(resolved, MARKER), 'Written by tools/generate-catalogue.ts; the next run empties this folder.\n');
}

/** Copies the non-service content; calendar links to demo services are dropped (those services do not exist here). */
function copySupportingContent(sourceDir: string, outDir: string): number {
  let files = 0;
  for (const folder of ['taxonomies', 'pages', 'entry-points', 'partners']) {
    cpSync(path.join(sourceDir, folder), path.join(outDir, folder), { recursive: true });
    files += readdirSync(path.join(outDir, folder), { recursive: true }).length;
  }
  mkdirSync(path.join(outDir, 'calendar'));
  for (const name of readdirSync(path.join(sourceDir, 'calendar'))) {
    const text = readFileSync(path.join(sourceDir, 'calendar', name), 'utf8');
    writeFileSync(path.join(outDir, 'calendar', name), text.replace(/^service:.*\n/m, ''));
    files++;
  }
  const popular = path.join(sourceDir, 'popular-searches.yaml');
  if (existsSync(popular)) {
    cpSync(popular, path.join(outDir, 'popular-searches.yaml'));
    files++;
  }
  return files;
}

export function generateCatalogue(options: GenerateOptions): GenerateResult {
  const { services: count, seed = 1, today = '2026-11-22', sourceDir = demoContentDir } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--services must be a whole number >= 1 (got ${count})`);
  const outDir = path.resolve(options.outDir);
  prepareOutDir(outDir);
  let files = copySupportingContent(sourceDir, outDir);
  const ids = readTaxonomyIds(outDir);
  const random = createRandom(seed);
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();
  const slugs: string[] = [];
  const used = Object.fromEntries(taxonomyNames.map((name) => [name, new Set<string>()])) as Record<TaxonomyName, Set<string>>;
  const result = { drafts: 0, outdated: 0, archived: 0 };
  for (const locale of localeCodes) mkdirSync(path.join(outDir, 'services', locale), { recursive: true });

  for (let i = 0; i < count; i++) {
    const service = makeService(i, random, ids, today, usedNames, usedSlugs, slugs);
    // Later services list earlier ones as related; a draft has no page, and the content check refuses a link to it.
    if (service.status !== 'draft') slugs.push(service.slug);
    for (const name of taxonomyNames) for (const id of (service.shared[name] as string[] | undefined) ?? []) used[name].add(id);
    const age = daysBetween(service.reviewed, today);
    if (service.status === 'draft') result.drafts++;
    else if (age >= 210) result.archived++;
    else if (age >= 150) result.outdated++;
    for (const locale of localeCodes) {
      // Locales beyond en and fi (e.g. a future Swedish) get the English text.
      const text = service.text[locale === 'fi' ? 'fi' : 'en'];
      const body = service.body[locale === 'fi' ? 'fi' : 'en'];
      const data: Record<string, unknown> = { ...text, ...service.shared };
      const fields = fieldOrder.map((key) => [key, data[key]] as [string, unknown]);
      writeFileSync(path.join(outDir, 'services', locale, `${service.slug}.mdx`), `${frontMatter(fields)}\n${body}\n`);
      files++;
    }
  }
  if (used.municipalities.has('all')) used.municipalities.delete('all');
  return {
    outDir,
    services: count,
    ...result,
    used: Object.fromEntries(taxonomyNames.map((name) => [name, [...used[name]].sort()])) as Record<TaxonomyName, string[]>,
    files,
  };
}

function optionsFrom(argv: string[]): GenerateOptions {
  const { values } = parseToolArgs(
    {
      command: 'node tools/generate-catalogue.ts',
      usage: [
        '  --services N     services per locale (default 500)',
        '  --out DIR        where to write the content folder (default bench/.tmp/catalogue-N; never content/)',
        '  --seed N         the random seed (default 1); the same seed writes the same catalogue',
        '  --today DATE     the day the dates are relative to, YYYY-MM-DD (default SITE_TODAY or 2026-11-22)',
      ].join('\n'),
      options: { services: { type: 'string', default: '500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, today: { type: 'string' } },
    },
    argv,
  );
  const services = Number(values.services);
  if (!Number.isInteger(services) || services < 1) refuseArgument(`--services must be a whole number above 0, not "${values.services}"`);
  return {
    services,
    outDir: values.out ?? path.join(projectRoot, 'bench/.tmp', `catalogue-${services}`),
    seed: Number(values.seed),
    today: values.today ?? process.env['SITE_TODAY'] ?? '2026-11-22',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const options = optionsFrom(process.argv.slice(2));
  const started = performance.now();
  const result = generateCatalogue(options);
  console.log(
    `Generated ${result.services} services x ${localeCodes.length} locales (${result.drafts} drafts, ${result.outdated} outdated, ${result.archived} archived) ` +
      `in ${result.outDir} in ${Math.round(performance.now() - started)} ms. Build it with CONTENT_DIR=${path.relative(process.cwd(), result.outDir) || '.'}`,
  );
}

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
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import vocabulary from './data/catalogue-vocabulary.json' with { type: 'json' };
import { localeCodes } from '../src/i18n/locales.ts';
import { readTaxonomyIds } from '../src/build/taxonomy-ids.ts';
import { addDays, daysBetween } from '../src/lib/dates.ts';
import { taxonomyNames, type TaxonomyIds, type TaxonomyName } from '../src/schemas/taxonomy.ts';
import { costTypes, type CostType } from '../src/lib/facets.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoContentDir = path.join(projectRoot, 'content');

/** Marks a folder as written by this script, so a later run may empty it. */
const MARKER = '.generated-catalogue';

type Pair = readonly [en: string, fi: string];

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

/** Small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, int(min, max));
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, chance, some };
}
type Random = ReturnType<typeof createRandom>;

interface Topic {
  name: Pair;
  category: string;
  situations: readonly string[];
  summaries: readonly Pair[];
  keywords: readonly Pair[];
  detail: Pair;
}

/**
 * The generator's vocabulary, kept as data in tools/data/catalogue-vocabulary.json: service types of the Uusimaa
 * employment and integration services (seeds 001 and 004) with their summaries and keywords, qualifiers, seasons,
 * providers, sentences, Finnish-only words, schedules, street and district names, and texts per field, each in
 * English and Finnish.
 */
interface Vocabulary {
  topics: readonly Topic[];
  qualifiers: readonly Pair[];
  seasons: readonly Pair[];
  inMunicipality: Record<string, Pair>;
  providers: readonly { name: Pair; owner: string }[];
  sentences: readonly Pair[];
  finnishOnly: readonly { word: string; fi: string; en: string }[];
  schedules: readonly Pair[];
  streets: readonly string[];
  districts: readonly string[];
  howToJoin: readonly Pair[];
  prerequisites: readonly Pair[];
  benefits: readonly Pair[];
  costNotes: Record<CostType, readonly Pair[]>;
}
const {
  topics,
  qualifiers,
  seasons,
  inMunicipality,
  providers,
  sentences,
  finnishOnly,
  schedules,
  streets,
  districts,
  howToJoin,
  prerequisites,
  benefits,
  costNotes,
} = vocabulary as unknown as Vocabulary;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ServiceDraft {
  slug: string;
  text: Record<'en' | 'fi', Record<string, unknown>>;
  shared: Record<string, unknown>;
  body: Record<'en' | 'fi', string>;
  status: string;
  reviewed: string;
}

/** Front matter as Decap writes it: YAML, fields in the demo files' order, absent fields left out. */
function frontMatter(fields: [string, unknown][]): string {
  const data = Object.fromEntries(fields.filter(([, value]) => value !== undefined));
  return `---\n${YAML.stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n`;
}

/** One synthetic service: its text in English and Finnish, and the structured fields both files share. */
function makeService(
  i: number,
  random: Random,
  ids: TaxonomyIds,
  today: string,
  usedNames: Set<string>,
  usedSlugs: Set<string>,
  earlier: string[],
): ServiceDraft {
  const topic = topics[i % topics.length]!;
  // Every term appears at least once: service i carries term (i mod count) of every taxonomy.
  const forced = (name: TaxonomyName) => ids[name][i % ids[name].length]!;
  const withForced = (name: TaxonomyName, extra: string[]) => {
    const all = ids[name];
    const chosen = new Set([forced(name), ...extra]);
    return all.filter((id) => chosen.has(id));
  };

  const categories = withForced('categories', random.chance(0.6) ? [topic.category] : [topic.category, random.pick(ids.categories)]);
  const everywhere = i >= ids.municipalities.length && random.chance(0.2);
  const municipalities = everywhere ? ['all'] : withForced('municipalities', random.some(ids.municipalities, 0, 2));
  const situations = withForced(
    'situations',
    random.some(
      topic.situations.filter((s) => ids.situations.includes(s)),
      1,
      2,
    ),
  );
  const audiences = withForced('audiences', random.chance(0.7) ? ['residents'].filter((a) => ids.audiences.includes(a)) : random.some(ids.audiences, 1, 2));
  const ages = random.chance(0.5) ? [...ids.ages] : withForced('ages', random.some(ids.ages, 1, 2));
  const languages = withForced('languages', [
    ...['fi', 'en'].filter((l) => ids.languages.includes(l) && random.chance(0.6)),
    ...random.some(ids.languages, 0, 2),
  ]);
  const modes = withForced('modes', random.some(ids.modes, 0, 1));
  const accessibility = i < ids.accessibility.length || random.chance(0.4) ? withForced('accessibility', random.some(ids.accessibility, 0, 2)) : undefined;
  const cost: CostType = i < costTypes.length ? costTypes[i]! : random.chance(0.6) ? 'free' : random.chance(0.6) ? 'paid' : 'other';

  // A unique name (and slug) from topic, qualifier, place and group.
  const single = municipalities.length === 1 && municipalities[0] !== 'all' ? inMunicipality[municipalities[0]!] : undefined;
  let name: Pair = topic.name;
  for (let attempt = 0; ; attempt++) {
    const qualifier = random.pick(qualifiers);
    const season = random.pick(seasons);
    const place = single && random.chance(0.5) ? single : (['', ''] as const);
    const join = (base: string, ...parts: string[]) => [base, ...parts.filter(Boolean)].join(' ');
    name = [join(topic.name[0], qualifier[0], place[0]) + season[0], join(topic.name[1], qualifier[1], place[1]) + season[1]];
    if (attempt > 20) name = [`${name[0]} ${i + 1}`, `${name[1]} ${i + 1}`];
    if (!usedNames.has(name[0])) break;
  }
  usedNames.add(name[0]);
  let slug = slugify(name[0]);
  for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(name[0])}-${n}`;
  usedSlugs.add(slug);

  // Status: about 4 % drafts (and service 5, so small catalogues have one), about 3 % past the outdated threshold.
  const draft = i === 5 || random.chance(0.04);
  const ageDays = random.chance(0.03) ? random.int(150, 200) : random.int(0, 119);
  const reviewed = addDays(today, -ageDays);
  const updated = addDays(reviewed, -random.int(0, 240));
  const provider = providers[(i * 7 + random.int(0, 3)) % providers.length]!;
  const related = earlier.length > 0 && random.chance(0.5) ? [...new Set(random.some(earlier.slice(-50), 1, 3))] : undefined;

  const summary = random.pick(topic.summaries);
  const keywordPairs = random.some(topic.keywords, 0, topic.keywords.length);
  const special = random.chance(0.35) ? random.pick(finnishOnly) : undefined;
  const keywords: [string[], string[]] = [
    [...keywordPairs.map((k) => k[0]), ...(special && random.chance(0.6) ? [special.word] : [])],
    [...keywordPairs.map((k) => k[1]), ...(special ? [special.word] : [])],
  ];
  const place = municipalities[0] === 'all' ? ids.municipalities[0]! : municipalities[0]!;
  const inPerson = modes.includes('in-person') || modes.includes('hybrid');
  const locations = inPerson
    ? random.some(streets, 1, 2).map((street, n) => ({
        en: { name: `${provider.name[0]}${n ? `, branch ${n + 1}` : ''}`, address: street, municipality: place },
        fi: { name: `${provider.name[1]}${n ? `, toimipiste ${n + 1}` : ''}`, address: street, municipality: place },
      }))
    : undefined;
  const schedule = random.chance(0.8) ? random.pick(schedules) : undefined;
  const costNote = costNotes[cost].length ? random.pick(costNotes[cost]) : undefined;
  const join = random.pick(howToJoin);
  const prerequisite = random.chance(0.5) ? random.pick(prerequisites) : undefined;
  const benefit = random.chance(0.5) ? random.pick(benefits) : undefined;
  const consent: Pair | undefined = random.chance(0.1)
    ? ['We ask for your consent to share your CV with partner employers.', 'Pyydämme suostumuksesi CV:si jakamiseen kumppanityönantajille.']
    : undefined;
  const accessibilityNote: Pair | undefined =
    accessibility?.includes('step-free') && random.chance(0.5)
      ? ['The entrance has a ramp and the lift fits a wheelchair.', 'Sisäänkäynnillä on luiska, ja hissiin mahtuu pyörätuoli.']
      : undefined;
  const mailbox = provider.owner;

  // Body: from one short paragraph (most) to a long page (a few).
  const paragraphs = random.chance(0.08) ? random.int(8, 14) : random.int(1, 4);
  const en: string[] = [];
  const fi: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const picked = random.some(sentences, 2, 5);
    if (p === 0) picked.unshift(topic.detail);
    en.push(picked.map((s) => s[0]).join(' '));
    fi.push(picked.map((s) => s[1]).join(' '));
  }
  if (random.chance(0.5)) {
    const district = random.pick(districts);
    en.push(`Meeting point: ${district}. Group code ${topic.name[0].slice(0, 4).toUpperCase()}-${1000 + i}.`);
    fi.push(`Tapaamispaikka: ${district}. Ryhmätunnus ${topic.name[0].slice(0, 4).toUpperCase()}-${1000 + i}.`);
  }
  if (special) {
    en.push(special.en);
    fi.push(special.fi);
  }
  if (random.chance(0.25)) {
    en.push('### What to bring\n\n- your residence permit card\n- your CV, if you have one\n- something to write with');
    fi.push('### Ota mukaan\n\n- oleskelulupakortti\n- CV, jos sinulla on\n- kynä ja paperia');
  }

  const text = (locale: 0 | 1) => ({
    name: name[locale],
    summary: summary[locale],
    keywords: keywords[locale],
    provider: provider.name[locale],
    accessibilityNote: accessibilityNote?.[locale],
    locations: locations?.map((l) => (locale === 0 ? l.en : l.fi)),
    schedule: schedule?.[locale],
    costNote: costNote?.[locale],
    howToJoin: join[locale],
    prerequisites: prerequisite?.[locale],
    benefits: benefit?.[locale],
    consents: consent?.[locale],
    contacts: [{ label: locale === 0 ? 'Service desk' : 'Asiakaspalvelu', email: mailbox }],
    links: random.chance(0.7)
      ? [
          {
            label: locale === 0 ? `${capitalise(topic.name[0])}: more information` : `${topic.name[1]}: lisätietoa`,
            url: `https://palvelut.example/${locale === 0 ? 'en' : 'fi'}/${slug}`,
          },
        ]
      : undefined,
  });
  return {
    slug,
    text: { en: text(0), fi: text(1) },
    shared: {
      categories,
      municipalities,
      situations,
      audiences,
      ages,
      languages,
      modes,
      accessibility,
      cost,
      related,
      status: draft ? 'draft' : 'published',
      updated,
      reviewed,
      owner: mailbox,
    },
    body: { en: en.join('\n\n'), fi: fi.join('\n\n') },
    status: draft ? 'draft' : 'published',
    reviewed,
  };
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
  'locations',
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
    slugs.push(service.slug);
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
  const { values } = parseArgs({
    args: argv,
    options: { services: { type: 'string', default: '500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, today: { type: 'string' } },
  });
  const services = Number(values.services);
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

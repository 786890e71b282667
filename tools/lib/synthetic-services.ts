/** Synthetic services for the benchmark's catalogues: a seeded random source, the vocabulary (tools/data/catalogue-vocabulary.json) and one service's text in English and Finnish with the structured fields both files share. */
import YAML from 'yaml';
import vocabulary from '../data/catalogue-vocabulary.json' with { type: 'json' };
import { addDays } from '../../src/lib/dates.ts';
import { type TaxonomyIds, type TaxonomyName } from '../../src/schemas/taxonomy.ts';
import { costTypes, type CostType } from '../../src/lib/facets.ts';

export type Pair = readonly [en: string, fi: string];

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
export type Random = ReturnType<typeof createRandom>;

export interface Topic {
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
export interface Vocabulary {
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
export const {
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

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ServiceDraft {
  slug: string;
  text: Record<'en' | 'fi', Record<string, unknown>>;
  shared: Record<string, unknown>;
  body: Record<'en' | 'fi', string>;
  status: string;
  reviewed: string;
}

/** Front matter as Decap writes it: YAML, fields in the demo files' order, absent fields left out. */
export function frontMatter(fields: [string, unknown][]): string {
  const data = Object.fromEntries(fields.filter(([, value]) => value !== undefined));
  return `---\n${YAML.stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n`;
}

/** One synthetic service: its text in English and Finnish, and the structured fields both files share. */
export function makeService(
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
  const support = i < ids.support.length || random.chance(0.3) ? withForced('support', random.some(ids.support, 1, 2)) : undefined;
  // When it runs: two services in three, from the service's number alone, so the random draws (and with them every
  // catalogue generated before the facet) stay the same.
  const dayparts = i < ids.dayparts.length || i % 3 !== 2 ? withForced('dayparts', []) : undefined;
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
      support,
      dayparts,
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

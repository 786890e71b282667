/**
 * The taxonomies in Decap CMS: a *files* collection with one entry per taxonomy file, each a list of terms under
 * `terms:` (Decap edits a file only as a mapping of fields, which is why the files have that shape). The term
 * fields, their labels and hints come from the zod schema like every other form (`./fields.ts`).
 *
 * Decap cannot lock one list item's id, so the form says which ids are in use, and `content:check` (the build, the
 * pull request) refuses a rename or removal of one, naming the files that use it (src/build/term-usage.ts).
 */
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { taxonomyFile, taxonomyNames, type TaxonomyName } from '../schemas/taxonomy.ts';
import type { LocalizedText } from '../schemas/cms-meta.ts';
import { recordFromKeys } from '../lib/records.ts';
import type { TermUsage } from '../build/term-usage.ts';
import { fieldsFromSchema, type DecapField, type Term } from './fields.ts';
import { CONTENT_FOLDER } from './folders.ts';
import { FORMAT_NAMES } from '../client/cms/formats.js';

/** One taxonomy file in the form. */
export interface DecapFile {
  name: TaxonomyName;
  label: string;
  file: string;
  fields: DecapField[];
}

/** A Decap collection of fixed files, as written to config.yml. */
export interface DecapFilesCollection {
  name: string;
  label: string;
  description: string;
  format: string;
  /** A list of terms has nothing to preview. */
  editor: { preview: false };
  files: DecapFile[];
}

const collectionLabel: LocalizedText = { en: 'Taxonomies', fi: 'Luokittelut' };
const collectionDescription: LocalizedText = {
  en: 'The terms services are classified and found by (municipalities, service categories, delivery modes, …). Names can change at any time; an ID that content uses cannot.',
  fi: 'Termit, joilla palvelut luokitellaan ja löydetään (kunnat, aiheet, toteutustavat …). Nimiä voi muuttaa milloin tahansa; tunnistetta, jota sisältö käyttää, ei voi.',
};

/** A taxonomy as a whole (the search filters' strings name one term: "Delivery mode"). */
const fileLabels: Record<TaxonomyName, LocalizedText> = {
  municipalities: { en: 'Municipalities', fi: 'Kunnat' },
  categories: { en: 'Service categories', fi: 'Aiheet' },
  situations: { en: 'Life situations', fi: 'Elämäntilanteet' },
  languages: { en: 'Service languages', fi: 'Palvelun kielet' },
  modes: { en: 'Delivery modes', fi: 'Toteutustavat' },
  accessibility: { en: 'Accessibility', fi: 'Esteettömyys' },
  support: { en: 'Support for taking part', fi: 'Tuki osallistumiseen' },
  ages: { en: 'Age groups', fi: 'Ikäryhmät' },
  audiences: { en: 'Audiences', fi: 'Kohderyhmät' },
  dayparts: { en: 'Times of day and week', fi: 'Vuorokauden- ja viikonajat' },
};

const usageTexts = {
  rule: {
    en: 'A term in use cannot be removed, nor its ID changed: saving is refused, naming the content that uses it.',
    fi: 'Käytössä olevaa termiä ei voi poistaa eikä sen tunnistetta muuttaa: tallennus estetään, ja sisällöt, jotka käyttävät sitä, luetellaan.',
  },
  inUse: { en: 'In use:', fi: 'Käytössä:' },
  noneInUse: { en: 'No term is in use yet.', fi: 'Mitään termiä ei vielä käytetä.' },
  files: { en: ['entry', 'entries'], fi: ['sisältö', 'sisältöä'] },
} satisfies Record<string, Record<Locale, unknown>>;

/** "Paikan päällä (12 sisältöä), Verkossa (1 sisältö)": the terms in use by their names, for the hint of the list. */
function inUse(usage: Record<string, string[]>, terms: readonly Term[], ui: Locale): string {
  const [one, many] = usageTexts.files[ui];
  const named = new Map(terms.map((term) => [term.id, term.label[ui]]));
  return Object.entries(usage)
    .map(([id, files]) => `${named.get(id) ?? id} (${files.length} ${files.length === 1 ? one : many})`)
    .join(', ');
}

/** The list of terms, folded to their names ("Paikan päällä / In person"; up to some fifty terms), with those in use. */
function withUsage(fields: DecapField[], usage: Record<string, string[]>, terms: readonly Term[], ui: Locale): DecapField[] {
  const used = inUse(usage, terms, ui);
  const names = [ui, ...localeCodes.filter((code) => code !== ui)].map((code) => `{{fields.label.${code}}}`);
  return fields.map((field) =>
    field.name === 'terms' && field.fields
      ? {
          ...field,
          collapsed: true,
          summary: names.join(' / '),
          hint: [field.hint, usageTexts.rule[ui], used ? `${usageTexts.inUse[ui]} ${used}.` : usageTexts.noneInUse[ui]].filter(Boolean).join(' '),
        }
      : field,
  );
}

/**
 * The taxonomies collection for an editor working in `ui`: one file entry per taxonomy, in `taxonomyNames` order.
 * `usage` (from `termUsage` in src/build/term-usage.ts) says which terms are in use, named in each file's form by
 * their names in `terms`.
 */
export function taxonomyCollection(
  usage: Partial<TermUsage> = {},
  ui: Locale = defaultLocale,
  terms: Partial<Record<TaxonomyName, readonly Term[]>> = {},
): DecapFilesCollection {
  // Terms refer to no other taxonomy, so the form builder's term lists (for selects) stay empty.
  const noTerms = recordFromKeys(taxonomyNames, () => []);
  const hints = { 'terms.description': { widget: 'text' as const } };
  const fields = fieldsFromSchema(taxonomyFile, { collection: 'taxonomies', terms: noTerms, hints, perLocale: false, ui });
  return {
    name: 'taxonomies',
    label: collectionLabel[ui],
    description: collectionDescription[ui],
    format: FORMAT_NAMES.yaml,
    editor: { preview: false },
    files: taxonomyNames.map((name) => ({
      name,
      label: fileLabels[name][ui],
      file: `${CONTENT_FOLDER}/taxonomies/${name}.yaml`,
      fields: withUsage(fields, usage[name] ?? {}, terms[name] ?? [], ui),
    })),
  };
}

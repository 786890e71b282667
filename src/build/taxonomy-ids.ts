import path from 'node:path';
import { taxonomyFile, taxonomyNames, type TaxonomyIds, type TaxonomyName, type TaxonomyTerm } from '../schemas/taxonomy.ts';
import { readYamlFile } from './content-files.ts';
import { recordFromKeys } from '../lib/records.ts';

/**
 * The terms of every taxonomy in file order, read synchronously (collection schemas and the CMS form are built from
 * them): the one reader of the taxonomy files outside the content check, which reports their problems. A file that
 * does not pass its schema gives no terms here.
 */
export function readTaxonomies(contentDir: string): Record<TaxonomyName, TaxonomyTerm[]> {
  return recordFromKeys(taxonomyNames, (name) => {
    const parsed = taxonomyFile.safeParse(readYamlFile(path.join(contentDir, 'taxonomies', `${name}.yaml`), name).data);
    return parsed.success ? parsed.data.terms : [];
  });
}

/** Term ids per taxonomy, in file order. */
export function readTaxonomyIds(contentDir: string): TaxonomyIds {
  const taxonomies = readTaxonomies(contentDir);
  return recordFromKeys(taxonomyNames, (name) => taxonomies[name].map((term) => term.id));
}

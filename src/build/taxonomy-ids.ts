import { watch } from 'node:fs';
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

/**
 * Keeps `ids` (from readTaxonomyIds) in step with the taxonomy files, refreshing its lists in place when a file
 * changes: on the dev server (`npm run cms`) a term added in the CMS is known to the collection schemas, which hold
 * these lists, as soon as it is published, so a service using it is not refused until a restart.
 */
export function watchTaxonomyIds(contentDir: string, ids: TaxonomyIds): void {
  const watcher = watch(path.join(contentDir, 'taxonomies'), () => {
    const fresh = readTaxonomyIds(contentDir);
    for (const name of taxonomyNames) (ids[name] as string[]).splice(0, Infinity, ...fresh[name]);
  });
  // Never what keeps a process alive.
  watcher.unref();
}

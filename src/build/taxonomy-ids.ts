import path from 'node:path';
import { taxonomyFile, taxonomyNames, type TaxonomyIds } from '../schemas/taxonomy.ts';
import { readYamlFile } from './content-files.ts';
import { recordFromKeys } from '../lib/records.ts';

/** Term ids per taxonomy, read synchronously so collection schemas can be built from them. */
export function readTaxonomyIds(contentDir: string): TaxonomyIds {
  return recordFromKeys(taxonomyNames, (name) => {
    const raw = readYamlFile(path.join(contentDir, 'taxonomies', `${name}.yaml`), name);
    const parsed = taxonomyFile.safeParse(raw.data);
    return parsed.success ? parsed.data.map((term) => term.id) : [];
  });
}

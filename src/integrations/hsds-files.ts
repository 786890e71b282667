import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales.ts';

/** Writes one HSDS file per service, `/{locale}/hsds/services/{id}.json`, from the build's `records.json` (then removed). */
export function hsdsFiles(): AstroIntegration {
  return {
    name: 'spouse-program:hsds-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let written = 0;
        for (const locale of localeCodes) {
          const records = path.join(site, locale, 'hsds', 'records.json');
          if (!existsSync(records)) throw new Error(`${records} is missing: the HSDS records route did not run`);
          const out = path.join(site, locale, 'hsds', 'services');
          mkdirSync(out, { recursive: true });
          for (const record of JSON.parse(readFileSync(records, 'utf8')) as { id: string }[]) {
            if (!/^[0-9a-f-]{36}$/.test(record.id)) throw new Error(`HSDS record with a malformed id: ${record.id}`);
            writeFileSync(path.join(out, `${record.id}.json`), JSON.stringify(record));
            written++;
          }
          rmSync(records);
        }
        logger.info(`Wrote ${written} HSDS service files`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales.ts';

/**
 * The build checks content before it renders, but files can change in between (a Finnish file deleted after the
 * check once gave exit code 0, no Finnish page, and an English page whose language link led to a 404). So after
 * rendering, what was built is checked too: every page under one locale exists under every other locale (an
 * untranslated program page still has its "not translated yet" page), so swapping `/en/` and `/fi/` always lands.
 */
export function pagesByLocale(outDir: string): Map<string, Set<string>> {
  return new Map(
    localeCodes.map((locale) => {
      const dir = path.join(outDir, locale);
      const pages = existsSync(dir)
        ? readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() && entry.name === 'index.html')
            .map((entry) => `${path.relative(dir, entry.parentPath).split(path.sep).join('/')}/`.replace(/^\/$/, ''))
        : [];
      return [locale, new Set(pages)];
    }),
  );
}

/** `/{locale}/{path}` of every page missing in a locale while another locale has it. */
export function pagesMissingInSomeLocale(pages: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const all = new Set([...pages.values()].flatMap((set) => [...set]));
  return [...pages].flatMap(([locale, present]) => [...all].filter((page) => !present.has(page)).map((page) => `/${locale}/${page}`)).sort();
}

export function builtSiteCheck(): AstroIntegration {
  return {
    name: 'spouse-program:built-site-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const missing = pagesMissingInSomeLocale(pagesByLocale(fileURLToPath(dir)));
        if (missing.length > 0) {
          throw new Error(
            `The build is incomplete: ${missing.length} page(s) exist in one language but not in another (did a content file change during the build?):\n${missing.join('\n')}`,
          );
        }
        logger.info('Every page exists in every language');
      },
    },
  };
}

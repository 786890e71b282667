import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales.ts';
import { routeNames } from '../build/site-routes.ts';

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

/**
 * The most HTML one content file may make into a page. The largest demo service page is about 60 KB; a page many
 * times larger was swollen by its content (1.2 MB once, from search words), which costs every reader on a phone.
 */
export const PAGE_BUDGET_BYTES = 200_000;

export interface OversizedPage {
  /** `/{locale}/services/{slug}/` or `/{locale}/{slug}/`. */
  page: string;
  /** The content file it was made from, `services/{locale}/{slug}.mdx` or `pages/{locale}/{slug}.mdx`. */
  file: string;
  bytes: number;
}

/**
 * Pages made from one content file (a service, a program page) whose HTML is over the budget. Pages that list the
 * catalogue (the A-Z list, the catalogue) grow with it and are measured by the benchmark instead.
 */
export function oversizedPages(outDir: string, budget: number = PAGE_BUDGET_BYTES): OversizedPage[] {
  const found: OversizedPage[] = [];
  const measure = (locale: string, folder: string, contentFolder: string, reserved: readonly string[]) => {
    const dir = path.join(outDir, locale, folder);
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || reserved.includes(entry.name) || (!folder && localeCodes.includes(entry.name as never))) continue;
      const html = path.join(dir, entry.name, 'index.html');
      if (!existsSync(html)) continue;
      const bytes = statSync(html).size;
      if (bytes > budget) {
        found.push({ page: `/${locale}/${folder ? `${folder}/` : ''}${entry.name}/`, file: `${contentFolder}/${locale}/${entry.name}.mdx`, bytes });
      }
    }
  };
  for (const locale of localeCodes) {
    measure(locale, 'services', 'services', routeNames('services'));
    measure(locale, '', 'pages', routeNames(''));
  }
  return found;
}

export function builtSiteCheck(contentDir?: string): AstroIntegration {
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
        const oversized = oversizedPages(fileURLToPath(dir));
        if (oversized.length > 0) {
          const where = (file: string) => (contentDir ? path.relative(process.cwd(), path.join(contentDir, file)).split(path.sep).join('/') : file);
          throw new Error(
            `Page(s) over the size budget of ${PAGE_BUDGET_BYTES / 1000} KB of HTML; shorten the content file's text or lists:\n${oversized
              .map((o) => `${where(o.file)}: (page): ${o.page} is ${Math.round(o.bytes / 1000)} KB`)
              .join('\n')}`,
          );
        }
      },
    },
  };
}

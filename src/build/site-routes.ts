/**
 * The names the site's own routes take under `/{locale}/`, read from the route files themselves
 * (`src/pages/[locale]/`), so that a new route is reserved the day it is added: a program page named `search` or
 * `calendar` was silently not built (Astro only logged a route conflict).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../i18n/locales.ts';
import type { TaxonomyIds } from '../schemas/taxonomy.ts';

function routesRoot(): string {
  const beside = fileURLToPath(new URL('../pages/[locale]/', import.meta.url));
  return existsSync(beside) ? beside : path.resolve(process.cwd(), 'src/pages/[locale]');
}

/**
 * The fixed names of the routes in `src/pages/[locale]/<folder>`: each file without its last extension
 * (`search.astro` → `search`, `services.json.ts` → `services.json`) and each folder; dynamic routes (`[slug]`) and
 * `index` (the folder's own page) are left out.
 */
export function routeNames(folder = ''): readonly string[] {
  let names = cache.get(folder);
  if (!names) {
    const dir = path.join(routesRoot(), folder);
    names = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.[^.]+$/, '')))
          .filter((name) => !name.startsWith('[') && name !== 'index')
          .sort()
      : [];
    cache.set(folder, names);
  }
  return names;
}
const cache = new Map<string, readonly string[]>();

/** Where each folder of Markdown content is published under `/{locale}/`: its slug must not be a route's name. */
export const routeFolderOf = { services: 'services', pages: '', 'entry-points': 'life-situations' } as const;

export interface BuiltContent {
  services: ReadonlySet<string>;
  pages: ReadonlySet<string>;
  entryPoints: ReadonlySet<string>;
  /** The uploaded files, or undefined when there is no attachments folder to check against (then any is taken). */
  attachments: ReadonlySet<string> | undefined;
  ids: TaxonomyIds;
}

/** Whether a path on the site exists after the build: a locale's pages, services, life situations, browse pages, routes and attachments. */
export function pathExists(pathname: string, built: BuiltContent): boolean {
  let segments: string[];
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return false;
  }
  if (segments.length === 0) return true;
  const [first, second, third] = segments;
  if (first === 'attachments') return !built.attachments || built.attachments.has(segments.slice(1).join('/'));
  if (!(localeCodes as readonly string[]).includes(first!)) return false;
  if (second === undefined) return true;
  const one = (known: Iterable<string>, value: string | undefined) => value === undefined || new Set(known).has(value);
  switch (second) {
    case 'services':
      return third === undefined || (segments.length === 3 && (built.services.has(third) || routeNames('services').includes(third)));
    case 'life-situations':
      return one(built.entryPoints, third);
    case 'municipalities':
      return one(built.ids.municipalities, third);
    case 'categories':
      return one(built.ids.categories, third);
    default:
      return (segments.length === 2 && built.pages.has(second)) || routeNames('').includes(second);
  }
}

/** Program pages missing in some locale: their URLs serve a "not translated yet" note and stay out of the sitemap. */
import path from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { listFiles } from './content-files.ts';
import { localePath } from '../lib/urls.ts';

export function untranslatedPagePaths(contentDir: string): string[] {
  const slugs = new Map(localeCodes.map((locale) => [locale, listFiles(path.join(contentDir, 'pages', locale), '.mdx').map((f) => f.replace(/\.mdx$/, ''))]));
  const all = new Set([...slugs.values()].flat());
  return localeCodes.flatMap((locale) =>
    [...all].filter((slug) => slug !== 'home' && !slugs.get(locale)!.includes(slug)).map((slug) => localePath(locale, slug)),
  );
}

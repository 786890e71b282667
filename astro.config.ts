import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolveContentDir } from './src/lib/content-files.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { cspMeta } from './src/integrations/csp-meta.ts';
import { untranslatedPagePaths } from './src/lib/page-translations.ts';

const contentDir = resolveContentDir();
// Pages that are not content of their own (404s, the form's thank-you page, untranslated notes) stay out of the sitemap.
const notInSitemap = new Set(untranslatedPagePaths(contentDir));
const inSitemap = (url: string) => {
  const { pathname } = new URL(url);
  return !/\/(404|feedback\/thanks)\/$/.test(pathname) && pathname !== '/' && !notInSitemap.has(pathname);
};

// SITE_OUT_DIR and CONTENT_DIR let tests and the benchmark build other content into other folders.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://spouseprogram.hel.fi',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Nothing inline: the Content-Security-Policy allows only scripts and styles served as files.
  // concurrency: rendering one page while the previous ones are written cut the render phase at 5,000 services from
  // 25-28 s to 18-19 s on the 2-core machine (BENCHMARKS.md); memory stayed the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [contentValidation(contentDir), cspMeta(), mdx(), sitemap({ filter: inSitemap }), pagefindIndex(), decapCms(contentDir)],
  vite: { build: { assetsInlineLimit: 0 }, server: { fs: { allow: ['.', contentDir] } } },
});

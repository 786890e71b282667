import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { resolvePublicDir, resolveContentDir } from './src/build/content-files.ts';
import { editorMarkdownFeatures, httpsWwwAutolinksPlugin, sanitizeEditorHtmlPlugin } from './src/build/editor-html.ts';
import { builtSiteCheck } from './src/integrations/built-site-check.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { hsdsFiles } from './src/integrations/hsds-files.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { cspMeta } from './src/integrations/csp-meta.ts';
import { untranslatedPagePaths } from './src/build/page-translations.ts';
import { siteUrl } from './src/site.config.ts';

const contentDir = resolveContentDir();
// Pages that are not content of their own (404s, forms' thank-you pages, the calendar's sign-up forms, untranslated
// notes) stay out of the sitemap: they say noindex.
const notInSitemap = new Set(untranslatedPagePaths(contentDir));
const inSitemap = (url: string) => {
  const { pathname } = new URL(url);
  return (
    !/\/(404|feedback\/thanks|join\/thanks|calendar\/signed-up|calendar\/[^/]+\/signup)\/$/.test(pathname) && pathname !== '/' && !notInSitemap.has(pathname)
  );
};

// SITE_OUT_DIR, CONTENT_DIR and SITE_PUBLIC_DIR let tests and the benchmark build other content into other folders.
export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  publicDir: resolvePublicDir(),
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Nothing inline: the Content-Security-Policy allows only scripts and styles served as files.
  // concurrency: rendering one page while the previous ones are written cut the render phase at 5,000 services from
  // 25-28 s to 18-19 s on the 2-core machine (BENCHMARKS.md); memory stayed the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Editors' Markdown is rendered by Astro's Markdown pipeline with an HTML sanitizer added, which also gives every id
  // from the text one `user-content-` prefix; a bare www.… in text links with https:// (src/build/editor-html.ts).
  markdown: {
    processor: satteri({ mdastPlugins: [httpsWwwAutolinksPlugin], hastPlugins: [sanitizeEditorHtmlPlugin], features: editorMarkdownFeatures }),
  },
  // builtSiteCheck last: it reads what the other steps wrote. Pagefind indexes after Astro has exited, as the second
  // step of `npm run build` (tools/search-index.ts), so that its memory does not add to Astro's.
  integrations: [contentValidation(contentDir), cspMeta(), sitemap({ filter: inSitemap }), hsdsFiles(), decapCms(contentDir), builtSiteCheck(contentDir)],
  vite: {
    build: {
      assetsInlineLimit: 0,
      // The modules the pages' scripts share (about 30 KB, none with side effects on import) in one file besides each
      // page's entry script, and the styles in one stylesheet: a first search is a few requests, not one per module.
      cssCodeSplit: false,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: /[\\/]src[\\/](?:client|lib|i18n)[\\/]/ }] } } },
    },
    server: { fs: { allow: ['.', contentDir] } },
  },
});

/** The bare baseline: a plain Astro project, one Markdown page per built service page, indexed the same way (after Astro). */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveStatus } from '../../src/lib/review.ts';
import { isBuilt } from '../../src/lib/catalogue.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import type { PublicationStatus } from '../../src/schemas/common.ts';
import { TODAY, astroBin, tmpDir } from './config.ts';
import { type BuildMeasure, inSteps, runMeasured } from './builds.ts';
// The bare baseline: a plain Astro project, one Markdown page per built service page, indexed the same way.

/** The service files the site builds (published and outdated after the review rules), per locale. */
export function builtServiceFiles(contentDir: string): { locale: string; slug: string; file: string }[] {
  return localeCodes.flatMap((locale) => {
    const dir = path.join(contentDir, 'services', locale);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ locale, slug: name.slice(0, -4), file: path.join(dir, name) }))
      .filter(({ file }) => {
        const text = readFileSync(file, 'utf8');
        const status = (/^status:\s*(\w+)/m.exec(text)?.[1] ?? 'published') as PublicationStatus;
        const reviewed = /^reviewed:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? TODAY;
        return isBuilt(effectiveStatus(status, reviewed, TODAY));
      });
  });
}

export const bareConfig = `import { defineConfig } from 'astro/config';

// The benchmark's baseline: plain Markdown, no components.
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });
`;

/** The baseline's second step, as the site's: Pagefind's Node API on the output once Astro has exited. */
export const bareIndex = `import * as pagefind from 'pagefind';

const started = performance.now();
const { index } = await pagefind.createIndex({});
const indexed = await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log('Pagefind indexed ' + indexed.page_count + ' pages in ' + Math.round(performance.now() - started) + ' ms');
`;

export const bareContentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  services: defineCollection({ loader: glob({ pattern: '*/*.md', base: './services' }), schema: z.object({ title: z.string() }) }),
};
`;

export const barePage = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('services')).map((entry) => {
    const [locale, slug] = entry.id.split('/');
    return { params: { locale, slug }, props: { entry } };
  });
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={Astro.params.locale}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * The baseline is the barest way Astro builds many Markdown pages: a content collection of .md files (one per built
 * service page, with the service's name and body) and one route that renders each into a minimal HTML page with its
 * language, so Pagefind builds one index per language as it does for the site.
 */
export async function buildBaseline(contentDir: string, name: string): Promise<BuildMeasure & { pagesWritten: number }> {
  const project = path.join(tmpDir, name);
  rmSync(project, { recursive: true, force: true });
  const files = builtServiceFiles(contentDir);
  for (const { locale, slug, file } of files) {
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    const raw = /^name:\s*(.+)$/m.exec(text.slice(0, end))?.[1]?.trim() ?? slug;
    const title = JSON.stringify(raw.startsWith('"') ? (JSON.parse(raw) as string) : raw);
    const dir = path.join(project, 'services', locale);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.md`), `---\ntitle: ${title}\n---\n${text.slice(end + 4)}`);
  }
  mkdirSync(path.join(project, 'src/pages/[locale]/services'), { recursive: true });
  writeFileSync(path.join(project, 'astro.config.mjs'), bareConfig);
  writeFileSync(path.join(project, 'src/content.config.ts'), bareContentConfig);
  writeFileSync(path.join(project, 'src/pages/[locale]/services/[slug].astro'), barePage);
  writeFileSync(path.join(project, 'package.json'), '{ "name": "bench-bare-baseline", "private": true, "type": "module" }\n');
  writeFileSync(path.join(project, 'index.mjs'), bareIndex);
  const astro = await runMeasured([astroBin, 'build'], project, {}, path.join(project, 'build.log'));
  const indexed = astro.ok ? await runMeasured(['index.mjs'], project, {}, path.join(project, 'index.log')) : astro;
  const measure = inSteps({ astro, pagefind: indexed });
  if (!measure.ok) throw new Error(`the baseline build failed; see ${project}/build.log and index.log\n${measure.log.slice(-3000)}`);
  return { ...measure, pagesWritten: files.length };
}

/**
 * Runs the search evaluation set (queries.yaml) through the real catalogue page in Chromium, as a person would:
 * each query is opened as a `?q=` link and the ranked results are read from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import YAML from 'yaml';
import type { Browser, Page } from 'playwright-core';
import type { SiteServer } from '../lib/browser.ts';
import type { EvalQuery, QueryOutcome } from './metrics.ts';
import { searchFilePath } from '../../src/lib/search-files.ts';

const evalDir = path.dirname(fileURLToPath(import.meta.url));
export const queriesFile = path.join(evalDir, 'queries.yaml');

/** Every evaluation set, `queries*.yaml` (the catalogue's own set, and held-out sets written without the code in view). */
export function querySets(dir = evalDir): string[] {
  return readdirSync(dir)
    .filter((name) => /^queries.*\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

const slug = z.string().regex(/^[a-z0-9-]+$/);
const querySchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2}$/),
  kind: z.enum([
    'base',
    'inflected',
    'compound',
    'compound-part',
    'synonym',
    'typo',
    'phrase',
    'organisation',
    'english',
    'mixed',
    'question',
    'place',
    'generic',
  ]),
  q: z.string().trim().min(1),
  relevant: z.array(slug).min(1),
  /** Services clearly wrong for the query: one in the top five counts as noise. */
  irrelevant: z.array(slug).default([]),
});

/** The evaluation set, validated: a malformed entry is an error naming it. */
export function readQueries(file = queriesFile): EvalQuery[] {
  return z.array(querySchema).parse(YAML.parse(readFileSync(file, 'utf8')));
}

async function searchOnce(page: Page, url: string): Promise<{ ranked: string[]; matched: number }> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset['searchReady'], undefined, { timeout: 15_000 });
  const ranked = await page.locator('#results [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!));
  const heading = (await page.locator('#result-heading').textContent()) ?? '';
  return { ranked, matched: ranked.length === 0 ? 0 : Number(/\d+/.exec(heading)?.[0] ?? ranked.length) };
}

/** Every query's outcome. The catalogue's size per locale is the length of its filter index. */
export async function runEvaluation(browser: Browser, site: SiteServer, queries: readonly EvalQuery[]): Promise<QueryOutcome[]> {
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    if (!sizes.has(query.locale)) {
      const index = (await (await page.request.get(site.url(searchFilePath(query.locale, 'index')))).json()) as { slugs: string[] };
      sizes.set(query.locale, index.slugs.length);
    }
    const { ranked, matched } = await searchOnce(page, site.url(`/${query.locale}/services/?q=${encodeURIComponent(query.q)}`));
    outcomes.push({ query, ranked, matched, catalogue: sizes.get(query.locale)! });
  }
  await page.close();
  return outcomes;
}

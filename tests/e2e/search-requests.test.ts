/**
 * How many requests a first filtered search costs: a spouse on a phone pays for each. A link staff paste, opened with
 * an empty cache, is the page, one stylesheet, the catalogue's few scripts, the filter index and the card files
 * that hold the first page of results: at most 12 requests (issue 33), and no Pagefind file.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { resultSlugs, waitForSearch } from '../support/search-page.ts';
import { cardShardPath, isCardShardPath, searchFilePath, shardOf } from '../../src/lib/search-files.ts';

const env = useBrowserAndSite();

/** Opens a URL in a fresh context (empty cache) and lists every request until the results show and the network is idle. */
async function firstVisit(url: string) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests: { path: string; type: string }[] = [];
  page.on('request', (request) => requests.push({ path: new URL(request.url()).pathname, type: request.resourceType() }));
  await page.goto(env.site.url(url));
  await waitForSearch(page);
  await page.waitForLoadState('networkidle');
  const shown = await resultSlugs(page);
  await context.close();
  return { requests, shown };
}

describe('requests of a first filtered search, empty cache', () => {
  for (const locale of ['en', 'fi']) {
    it(`is at most 12 requests, with the first page's cards in the card files that hold it (${locale})`, async () => {
      const { requests, shown } = await firstVisit(`/${locale}/services/?municipality=helsinki&category=integration`);
      expect(shown.length).toBeGreaterThan(1);
      const paths = requests.map((r) => r.path);
      const of = (type: string) => requests.filter((r) => r.type === type).map((r) => r.path);
      expect(requests.length, paths.join('\n')).toBeLessThanOrEqual(12);
      expect(of('document')).toEqual([`/${locale}/services/`]);
      expect(of('stylesheet')).toHaveLength(1);
      // The page's entry scripts and the chunk of modules they share, not one script per module.
      expect(of('script').length, of('script').join('\n')).toBeLessThanOrEqual(4);
      expect(paths.filter((p) => p === searchFilePath(locale, 'index'))).toHaveLength(1);
      const { slugs } = (await (await fetch(env.site.url(searchFilePath(locale, 'index')))).json()) as { slugs: string[] };
      const shards = [...new Set(shown.map((slug) => shardOf(slugs.indexOf(slug))))].map((shard) => cardShardPath(locale, shard));
      expect(paths.filter(isCardShardPath).sort()).toEqual(shards.sort());
      expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      // Every request is one of the above, or the site's icon.
      const known = new Set([...of('document'), ...of('stylesheet'), ...of('script'), searchFilePath(locale, 'index'), ...shards]);
      expect(paths.filter((p) => !known.has(p) && !/favicon|\.(svg|png|ico)$/.test(p))).toEqual([]);
    });
  }

  it('fetches the first page of the whole catalogue in one or two card files', async () => {
    const { requests, shown } = await firstVisit('/en/services/');
    expect(shown).toHaveLength(20);
    const cardFiles = requests.map((r) => r.path).filter(isCardShardPath);
    expect(cardFiles.length).toBeGreaterThanOrEqual(1);
    expect(cardFiles.length).toBeLessThanOrEqual(2);
    expect(requests.length).toBeLessThanOrEqual(12);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSite, listAll, pageExists, readPage, type BuildResult } from '../support/build.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { parse } from 'node-html-parser';
import { publicCsp } from '../../src/site.config.ts';
import { facetSearch, positions, readSearchIndex, type SearchCard, type SearchIndexFile } from '../../src/lib/facet-index.ts';
import { CARDS_PER_FILE, cardShardPath, shardOf, type CardShardFile } from '../../src/lib/search-files.ts';
import { serviceCard } from '../../src/lib/service-card.ts';
import { knownValuesFrom } from '../../src/lib/search-state.ts';

let build: BuildResult;
beforeAll(() => {
  build = buildSite(fixtureContent, 'fixture-site');
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('fixture site build', () => {
  it('builds both locales with html lang set', () => {
    expect(readPage(build.outDir, '/en/').querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(readPage(build.outDir, '/fi/').querySelector('html')?.getAttribute('lang')).toBe('fi');
    expect(readPage(build.outDir, '/fi/').querySelector('h1')?.text).toBe('Fixture home fi');
  });

  it('renders each published service in both locales with the same slug', () => {
    const en = readPage(build.outDir, '/en/services/work-trial/');
    const fi = readPage(build.outDir, '/fi/services/work-trial/');
    expect(en.querySelector('h1')?.text).toBe('Work trial');
    expect(fi.querySelector('h1')?.text).toBe('Työkokeilu');
    expect(fi.querySelector('[data-cost="free"]')?.text).toBe('Maksuton');
    expect(en.querySelectorAll('[data-term^="municipalities:"]').map((a) => a.text)).toEqual(['Helsinki', 'Espoo']);
    // Its body under its heading (tests/build/lifecycle.test.ts: an empty body has none).
    expect(fi.querySelector('#description')?.text).toBe('Kuvaus');
    expect(fi.querySelector('section[aria-labelledby="description"]')?.text).toContain('Body of Työkokeilu.');
  });

  it('carries the public CSP as a <meta> backstop on every page, even the root 404', () => {
    for (const page of ['/en/', '/fi/services/work-trial/', '/404.html', '/']) {
      const doc = page.endsWith('.html') ? parse(readFileSync(path.join(build.outDir, page), 'utf8')) : readPage(build.outDir, page);
      const meta = doc.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv') === 'Content-Security-Policy');
      expect(meta?.getAttribute('content'), page).toBe(publicCsp);
    }
  });

  it('declares hreflang alternates and a canonical URL', () => {
    const page = readPage(build.outDir, '/en/services/work-trial/');
    const alternates = page.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['en', 'https://spouseprogram.fi/en/services/work-trial/'],
      ['fi', 'https://spouseprogram.fi/fi/services/work-trial/'],
      ['x-default', 'https://spouseprogram.fi/en/services/work-trial/'],
    ]);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://spouseprogram.fi/en/services/work-trial/');
  });

  it('links the language switcher to the same page in the other locale', () => {
    const switcher = readPage(build.outDir, '/fi/services/kotoklubi/').querySelector('[data-language-switch="en"]');
    expect(switcher?.getAttribute('href')).toBe('/en/services/kotoklubi/');
    expect(switcher?.getAttribute('lang')).toBe('en');
  });

  it('shows a "not translated yet" note where a page has no translation', () => {
    expect(readPage(build.outDir, '/en/only-english/').querySelector('h1')?.text).toBe('Only in English');
    const stub = readPage(build.outDir, '/fi/only-english/');
    expect(stub.querySelector('[data-not-translated]')?.text).toContain('Tätä sivua ei ole vielä suomeksi');
    expect(stub.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(stub.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/en/only-english/');
    expect(stub.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
  });

  it('never builds draft or archived services, in pages, sitemap or search index', () => {
    for (const slug of ['secret-draft', 'old-archived']) {
      expect(pageExists(build.outDir, `/en/services/${slug}/`)).toBe(false);
      expect(pageExists(build.outDir, `/fi/services/${slug}/`)).toBe(false);
    }
    const files = listAll(build.outDir);
    for (const file of files) {
      const bytes = readFileSync(path.join(build.outDir, file));
      const text = file.startsWith('pagefind/fragment/') || file.endsWith('.pf_index') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      // "What's new" may name a service that was archived lately (by name only, never its slug or a link).
      const archivedNameAllowed = /^(en|fi)\/whats-new\/index\.html$/.test(file);
      for (const needle of ['secret-draft', 'Secret draft', 'Salainen luonnos', 'old-archived', ...(archivedNameAllowed ? [] : ['Archived old service'])]) {
        expect(text.includes(needle), `${needle} found in ${file}`).toBe(false);
      }
    }
  });

  it('writes a Pagefind index for each language', () => {
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(expect.arrayContaining(['en', 'fi']));
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(3);
    expect(entry.languages.fi.page_count).toBeGreaterThanOrEqual(3);
  });

  it("writes the catalogue search data: filter index in name order, dates, Pagefind's id and a card for each service", () => {
    const json = (file: string) => JSON.parse(readFileSync(path.join(build.outDir, file), 'utf8'));
    const cardAt = (locale: string, position: number): SearchCard =>
      (json(cardShardPath(locale, shardOf(position)).slice(1)) as CardShardFile).cards[position % CARDS_PER_FILE]!;
    for (const [locale, names] of [
      ['en', ['Kotoklubi club', 'Work trial']],
      ['fi', ['Kotoklubi', 'Työkokeilu']],
    ] as const) {
      const file = json(`${locale}/services/filter-index.json`) as SearchIndexFile;
      expect(file.slugs).toEqual(['kotoklubi', 'work-trial']);
      expect(json(`${locale}/services/updated.json`)).toEqual({ version: 1, generation: file.generation, updated: [20577, 20577] });
      const ids = json(`${locale}/services/pagefind-ids.json`).ids as string[];
      file.slugs.forEach((slug, position) => {
        const fragment = JSON.parse(
          gunzipSync(readFileSync(path.join(build.outDir, 'pagefind/fragment', `${ids[position]}.pf_fragment`)))
            .subarray(12)
            .toString('utf8'),
        );
        expect(fragment.url).toBe(`/${locale}/services/${slug}/`);
        const card = cardAt(locale, position);
        expect(card).toEqual({ url: `/${locale}/services/${slug}/`, meta: expect.objectContaining({ title: names[position], slug, updated: '2026-05-04' }) });
        // A text search shown from Pagefind alone shows the card from the page's Pagefind metadata: the same card.
        expect(serviceCard(fragment.url, fragment.meta)).toEqual(card);
      });
      // The cards in files of CARDS_PER_FILE, of the filter index's deploy, and nowhere else.
      expect(json(`${locale}/services/cards-0.json`)).toMatchObject({ version: 1, generation: file.generation });
      expect(existsSync(path.join(build.outDir, `${locale}/services/cards-1.json`))).toBe(false);
      expect(existsSync(path.join(build.outDir, `${locale}/services/kotoklubi/card.json`))).toBe(false);
      expect(existsSync(path.join(build.outDir, '_search-cards'))).toBe(false);
      // The locale's other searchable pages (the home page, program pages), which text results leave out.
      const pages = json(`${locale}/services/pagefind-pages.json`).pages as string[];
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((id) => ids.includes(id) || !id.startsWith(`${locale}_`))).toEqual([]);
      // A result card says what it costs and what support there is, in the page's language.
      expect(cardAt(locale, 0).meta).toMatchObject(
        locale === 'en' ? { cost: 'Free of charge', support: 'Childcare available' } : { cost: 'Maksuton', support: 'Lastenhoito järjestetty' },
      );
      expect(cardAt(locale, 1).meta.support).toBeUndefined();
      // "all" municipalities: Kotoklubi is in Hanko's set; Work trial (Helsinki, Espoo) is not.
      const index = readSearchIndex(file);
      const known = knownValuesFrom({
        municipalities: ['helsinki', 'espoo', 'hanko'],
        categories: [],
        situations: [],
        languages: [],
        modes: [],
        accessibility: [],
        support: [],
        ages: [],
        audiences: [],
        dayparts: [],
      });
      const hanko = facetSearch(index, { municipality: ['hanko'] }, known);
      expect(positions(hanko.matches).map((p) => index.slugs[p])).toEqual(['kotoklubi']);
      expect(hanko.counts.municipality).toEqual({ helsinki: 2, espoo: 2, hanko: 1 });
    }
  });

  it('indexes what a service says, not the labels and links every service page repeats', () => {
    const ids = JSON.parse(readFileSync(path.join(build.outDir, 'en/services/pagefind-ids.json'), 'utf8')).ids as string[];
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(build.outDir, 'pagefind/fragment', `${ids[1]}.pf_fragment`)))
        .subarray(12)
        .toString('utf8'),
    );
    expect(fragment.url).toBe('/en/services/work-trial/');
    for (const kept of ['Work trial', 'Espoo', 'Helsinki employment services', 'The entrance from the courtyard has a ramp.', 'Step-free access'])
      expect(fragment.content).toContain(kept);
    // Filter labels many services share; accessibility labels stay, as people search for them.
    for (const dropped of ['Who it is for', 'Where and how', 'Last reviewed', 'Report an error', 'All services', 'Free of charge', 'In person'])
      expect(fragment.content).not.toContain(dropped);
  });

  it('shows no out-of-date notice on services reviewed recently', () => {
    expect(readPage(build.outDir, '/en/services/work-trial/').querySelector('[data-outdated-notice]')).toBeNull();
  });

  it('publishes GovernmentService JSON-LD that parses', () => {
    const script = readPage(build.outDir, '/fi/services/kotoklubi/').querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script!.textContent);
    expect(data['@type']).toBe('GovernmentService');
    expect(data.name).toBe('Kotoklubi');
    expect(data.areaServed).toHaveLength(7);
  });

  it('renders the search page as a GET form with id-valued checkboxes and browse links', () => {
    for (const locale of ['en', 'fi']) {
      const page = readPage(build.outDir, `/${locale}/services/`);
      const form = page.querySelector('form#catalogue-search');
      expect(form?.getAttribute('method')).toBe('get');
      expect(form?.getAttribute('action')).toBe(`/${locale}/services/`);
      expect(form?.querySelector('input[name="q"]')).not.toBeNull();
      const boxes = form!.querySelectorAll('input[type="checkbox"][name="municipality"]').map((b) => b.getAttribute('value'));
      expect(boxes).toEqual(['helsinki', 'espoo', 'vantaa', 'kerava', 'porvoo', 'raasepori', 'hanko']);
      for (const fieldset of form!.querySelectorAll('fieldset')) expect(fieldset.querySelector('legend')?.text.trim()).toBeTruthy();
      for (const box of form!.querySelectorAll('input[type="checkbox"]')) expect(form!.querySelector(`label[for="${box.id}"]`)).not.toBeNull();
      const links = page.querySelectorAll('#browse-heading ~ ul a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([`/${locale}/municipalities/`, `/${locale}/categories/`, `/${locale}/life-situations/`, `/${locale}/services/a-z/`]);
    }
    const popular = readPage(build.outDir, '/en/services/')
      .querySelectorAll('#popular-heading ~ ul a')
      .map((a) => a.getAttribute('href'));
    expect(popular).toContain('/en/services/?q=work%20trial');
    // The fixture still says `access=childcare`, from before childcare was a support value: the link is rewritten.
    expect(popular).toContain('/en/services/?category=integration&support=childcare');
    // Search words are per language; filters are the same in both.
    const fiPopular = readPage(build.outDir, '/fi/services/')
      .querySelectorAll('#popular-heading ~ ul a')
      .map((a) => a.getAttribute('href'));
    expect(fiPopular).toContain('/fi/services/?q=ty%C3%B6kokeilu');
    expect(fiPopular).toContain('/fi/services/?category=integration&support=childcare');
  });

  it('shows one search box per page: the header searches the site, search pages drop it', () => {
    for (const [locale, submit] of [
      ['en', 'Search site'],
      ['fi', 'Hae sivustolta'],
    ]) {
      // The header's button says what it searches, so it is not mistaken for the catalogue's "Search".
      expect(readPage(build.outDir, `/${locale}/`).querySelector('header form[role="search"] button')?.text.trim()).toBe(submit);
      for (const pathname of [`/${locale}/services/`, `/${locale}/search/`]) {
        const page = readPage(build.outDir, pathname);
        expect(page.querySelector('header form')).toBeNull();
        expect(page.querySelectorAll('input[type="search"]')).toHaveLength(1);
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPage, root } from '../support/build.ts';
import { isShown, readServices, readTerms } from '../support/demo-content.ts';
import { compoundTerms, compoundVocabulary, placeToken, wordsOf } from '../../src/lib/search-terms.ts';
import { readSearchWords } from '../../src/build/search-words.ts';

/** The search-only text of service pages (src/astro/search-terms.ts) over the built demo site. */
const dist = path.join(root, 'dist');
const services = readServices().filter(isShown);
const municipalities = readTerms('municipalities');
const searchText = (locale: string, slug: string) =>
  readPage(dist, `/${locale}/services/${slug}/`)
    .querySelectorAll('.search-terms')
    .map((p) => p.textContent)
    .join(' ');

describe('the words only search reads', () => {
  it('carry the other language’s name, summary and keywords, so either language finds the service on either page', () => {
    for (const service of services) {
      const other = services.find((s) => s.slug === service.slug && s.locale !== service.locale);
      if (!other) continue;
      const text = searchText(service.locale, service.slug);
      expect(text, `${service.locale}/${service.slug}`).toContain(other.data['name']);
      expect(text, `${service.locale}/${service.slug}`).toContain(other.data['summary']);
    }
  });

  it('carry a word for every municipality a service is offered in, and for no other', () => {
    for (const service of services) {
      const offered: string[] = service.data['municipalities'];
      const words = searchText(service.locale, service.slug).split(/\s+/);
      for (const term of municipalities) {
        expect(words.includes(placeToken(term.id)), `${service.locale}/${service.slug}: ${term.id}`).toBe(offered.includes('all') || offered.includes(term.id));
      }
    }
  });

  it('include the parts of compound words that only the body has', () => {
    const vocabulary = compoundVocabulary(readSearchWords('fi').compoundParts);
    let fromBodies = 0;
    for (const service of services.filter((s) => s.locale === 'fi')) {
      const { content } = matter(readFileSync(path.join(root, 'content', 'services', 'fi', `${service.slug}.mdx`), 'utf8'), {
        engines: { yaml: (s: string) => YAML.parse(s) },
      });
      const fields = [service.data['name'], service.data['summary'], (service.data['keywords'] ?? []).join(' ')].join(' ');
      const withBody = new Set(compoundTerms(wordsOf(`${fields} ${content}`), vocabulary));
      const onlyBody = [...withBody].filter((part) => !compoundTerms(wordsOf(fields), vocabulary).includes(part) && !wordsOf(fields).includes(part));
      const text = wordsOf(searchText('fi', service.slug));
      for (const part of onlyBody) expect(text, `fi/${service.slug}: ${part}`).toContain(part);
      fromBodies += onlyBody.length;
    }
    expect(fromBodies).toBeGreaterThan(0);
  });

  it('stay small: no service page gains more than 8 KB of them', () => {
    for (const service of services)
      expect(Buffer.byteLength(searchText(service.locale, service.slug)), `${service.locale}/${service.slug}`).toBeLessThan(8 * 1024);
  });
});

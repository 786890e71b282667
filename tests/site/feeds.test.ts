import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { readPage, root } from '../support/build.ts';
import { readServices } from '../support/demo-content.ts';

/** The Atom feeds of changes parse as Atom, with unique ids, real dates and links to built pages. */
const dist = path.join(root, 'dist');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const services = readServices();
const today = process.env['SITE_TODAY'] ?? new Date().toISOString().slice(0, 10);

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: { href: string };
  category: { term: string };
}
function readFeed(file: string) {
  const xml = readFileSync(path.join(dist, file), 'utf8');
  const feed = parser.parse(xml).feed as {
    id: string;
    title: string;
    updated: string;
    link: { rel?: string; href: string }[] | { href: string };
    entry?: AtomEntry | AtomEntry[];
  };
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  return { feed, entries, xml };
}
const builtPath = (href: string) => {
  const { pathname } = new URL(href);
  return path.join(dist, pathname, pathname.endsWith('/') ? 'index.html' : '');
};

describe('Atom feeds of changes', () => {
  for (const locale of ['en', 'fi']) {
    it(`${locale}: the catalogue feed lists every service newest first, each with an id, a date, a kind and a link`, () => {
      const { feed, entries, xml } = readFeed(`${locale}/services/feed.xml`);
      expect(xml.startsWith('<?xml')).toBe(true);
      expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
      expect(feed.id).toBe(`https://spouseprogram.fi/${locale}/services/feed.xml`);
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      const visible = services.filter((s) => s.locale === locale && !['draft', 'archived'].includes(s.data.status));
      expect(entries.length).toBe(Math.min(100, visible.length));
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      const dates = entries.map((e) => e.updated);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const entry of entries) {
        expect(Number.isNaN(Date.parse(entry.updated)), entry.id).toBe(false);
        expect(['new', 'updated', 'outdated', 'archived']).toContain(entry.category.term);
        expect(existsSync(builtPath(entry.link.href)), entry.link.href).toBe(true);
      }
      // An archived service has left the catalogue: it is not in the feeds ("What's new" names it).
      expect(entries.some((e) => e.category.term === 'archived')).toBe(false);
    });
  }

  it('has a feed per municipality and per category, with only their services', () => {
    const { entries } = readFeed('fi/municipalities/hanko/feed.xml');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries.filter((e) => e.category.term !== 'archived')) {
      const slug = new URL(entry.link.href).pathname.split('/')[3]!;
      const data = services.find((s) => s.locale === 'fi' && s.slug === slug)!.data;
      expect(data.municipalities.includes('hanko') || data.municipalities.includes('all'), slug).toBe(true);
    }
    const category = readFeed('en/categories/integration/feed.xml');
    expect(category.feed.title).toBe('Changes in services: Integration services');
  });

  it('is linked from the pages it belongs to, and “What’s new” lists the last 60 days', () => {
    for (const locale of ['en', 'fi']) {
      const page = readPage(dist, `/${locale}/services/`);
      expect(page.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(`/${locale}/services/feed.xml`);
      const news = readPage(dist, `/${locale}/whats-new/`);
      const items = news.querySelectorAll('[data-change]');
      expect(items.length).toBeGreaterThan(0);
      for (const time of news.querySelectorAll('[data-change] time')) {
        const days = (Date.parse(today) - Date.parse(time.getAttribute('datetime')!)) / 86_400_000;
        expect(days).toBeLessThanOrEqual(60);
      }
    }
  });

  it('says a new service was added and a changed one updated, in both languages', () => {
    const words = { en: { new: 'Added', updated: 'Updated' }, fi: { new: 'Lisätty', updated: 'Päivitetty' } };
    for (const locale of ['en', 'fi'] as const) {
      const news = readPage(dist, `/${locale}/whats-new/`);
      expect(news.querySelectorAll('[data-change-kind="new"] [data-change]').length, locale).toBeGreaterThan(0);
      // The other kinds (updated, out of date, archived) say when they were last changed.
      for (const section of news.querySelectorAll('[data-change-kind]')) {
        const said = words[locale][section.getAttribute('data-change-kind') === 'new' ? 'new' : 'updated'];
        for (const p of section.querySelectorAll('[data-change] p.meta')) expect(p.text.trim().startsWith(`${said} `), `${locale}: ${p.text}`).toBe(true);
      }
    }
  });
});

/**
 * Content that must stay true and complete: no authority, office or benefit that no longer exists described as
 * present, nor a retired word of the program's own (src/lib/dated-terms.ts), in content or UI strings; and every
 * text of partners, taxonomies and calendar entries in every locale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datedMentions } from '../../src/lib/dated-terms.ts';
import { listTree } from '../../src/build/content-layout.ts';
import { parseFrontMatter, parseYaml, resolveContentDir } from '../../src/build/content-files.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const contentDir = resolveContentDir();
// content/README.md (the editors' style guide) lists the old names on purpose.
// The search words (synonyms/) map the names people still search with, old ones included, to the current ones.
const files = listTree(contentDir).filter((file) => /\.(mdx|yaml)$/.test(file) && !file.startsWith('synonyms/'));

describe('no dated facts in the content', () => {
  it('finds the terms, and lets a mention marked as history through', () => {
    expect(datedMentions('Ota yhteyttä TE-toimistoon.').map((m) => m.term)).toEqual(['TE-toimisto']);
    expect(datedMentions('Provider: Uudenmaan ELY-keskus').map((m) => m.term)).toEqual(['ELY-keskus']);
    expect(datedMentions('Business Helsinki (formerly NewCo Helsinki) gives advice.')).toEqual([]);
    expect(datedMentions('TE-toimistot lakkautettiin vuoden 2024 lopussa.')).toEqual([]);
    expect(datedMentions('It started when Valvira and the regional state administrative agencies were merged.')).toEqual([]);
    expect(
      datedMentions('Valvira myöntää oikeuden. Se yhdistettiin muihin.').map((m) => m.term),
      'only the sentence around the term counts',
    ).toEqual(['Valvira']);
    expect(datedMentions('Saat työmarkkinatukea.').map((m) => m.term)).toEqual(['työmarkkinatuk']);
    expect(datedMentions('You get the basic unemployment allowance.').map((m) => m.term)).toEqual(['basic unemployment allowance']);
    expect(datedMentions('Yleistuki korvasi työmarkkinatuen ja peruspäivärahan 1.5.2026.')).toEqual([]);
    expect(datedMentions('Kutsumme sinut aloituskeskusteluun.').map((m) => m.term)).toEqual(['aloituskeskustelu']);
    expect(datedMentions('We invite you to a start-up discussion.').map((m) => m.term)).toEqual(['start-up discussion']);
    expect(datedMentions('Helsingin Spouse Program: palveluhaun muutokset').map((m) => m.term)).toEqual(['Helsingin Spouse Program']);
    expect(datedMentions('Verkostoitumisillat ohjelmakauden aikana.').map((m) => m.term)).toEqual(['ohjelmakaude']);
    expect(datedMentions('Networking evenings during the program season.').map((m) => m.term)).toEqual(['program season']);
    expect(datedMentions('Syyskuussa isompi aloitustapahtuma.').map((m) => m.term)).toEqual(['aloitustapahtum']);
    expect(datedMentions('A larger kick-off event in September.').map((m) => m.term)).toEqual(['kick-off']);
    expect(datedMentions('Työpajoja uravuoden suunnittelusta.').map((m) => m.term)).toEqual(['uravuode']);
    expect(datedMentions('### Missio').map((m) => m.term)).toEqual(['Missio']);
    expect(datedMentions('Ohjelman missiona on auttaa puolisoita.').map((m) => m.term)).toEqual(['missio']);
    expect(datedMentions('## Vision and mission. Our missions differ.')).toEqual([]);
    expect(datedMentions('Mentorointikauden päättäjäiset ja syksyn tervetulotilaisuus.')).toEqual([]);
    expect(datedMentions('Vuoden päättäjäiset joulukuussa.').map((m) => m.term)).toEqual(['Vuoden päättäjäi']);
    expect(datedMentions('Perheen on helpompi asettua.').map((m) => m.term)).toEqual(['asettua']);
    expect(datedMentions('Perheen on helpompi asettautua Suomeen.')).toEqual([]);
    expect(datedMentions('Useita järjestö- ja viranomaiskumppaneita.').map((m) => m.term)).toEqual(['viranomaiskumppan']);
    expect(datedMentions('Hoidan lapsia kotona ja olen uusi Suomessa').map((m) => m.term)).toEqual(['uusi Suomessa']);
    expect(datedMentions('Moneen sisältyy työssäoppimisjakso.').map((m) => m.term)).toEqual(['työssäoppimi']);
    expect(datedMentions('Workshops on planning your career year.').map((m) => m.term)).toEqual(['career year']);
    expect(datedMentions('Slack-yhteisön kesätapaamiset').map((m) => m.term)).toEqual(['Slack-yhteisön kesätapaam']);
    expect(datedMentions('Summer meetups of the Slack community').map((m) => m.term)).toEqual(['meetups of the Slack']);
    expect(datedMentions('Kysy oman kuntasi työllisyyspalveluista.').map((m) => m.term)).toEqual(['oman kuntasi työllisyyspalvelu']);
    expect(datedMentions('Helsingin ja muiden uusmaalaisten kuntien työllisyys- ja kotoutumispalvelut')).toEqual([]);
    expect(datedMentions('Kysy kotoutumisen neuvontapisteestä.').map((m) => m.term)).toEqual(['kotoutumisen neuvontapiste']);
    expect(datedMentions('Kalasataman aikuisopisto, Capellan puistotie 14').map((m) => m.term)).toEqual(['Kalasataman aikuisopisto']);
  });

  // The UI strings speak too: the same words, checked the same way.
  const stringFiles = localeCodes.map((locale) => `src/i18n/strings/${locale}.json`);
  it.each(stringFiles)('%s', (file) => {
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const mentions = Object.entries(strings).flatMap(([key, text]) => datedMentions(text).map((m) => `${key}: "${m.term}": ${m.instead}`));
    expect(mentions).toEqual([]);
  });

  /** Every text of a file with where it is: front matter fields (keywords aside: old names are fine to search with) and the body. */
  function texts(file: string): { where: string; text: string }[] {
    const raw = readFileSync(path.join(contentDir, file), 'utf8');
    const { data, content } = file.endsWith('.mdx') ? parseFrontMatter(raw) : { data: parseYaml(raw), content: '' };
    const out = [{ where: 'body', text: content }];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') out.push({ where, text: value });
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) if (key !== 'keywords') walk(item, where ? `${where}.${key}` : key);
    };
    walk(data, '');
    return out;
  }

  it.each(files)('%s', (file) => {
    const mentions = texts(file).flatMap(({ where, text }) =>
      datedMentions(text).map((m) => `${where}${where === 'body' ? ` line ${m.line}` : ''}: "${m.term}": ${m.instead}`),
    );
    expect(mentions).toEqual([]);
  });
});

describe('every text in every locale', () => {
  /** Every localized object `{ en, fi }` below a value: all locales present and non-empty. */
  function missingTexts(value: unknown, where: string, out: string[] = []): string[] {
    if (Array.isArray(value)) value.forEach((item, i) => missingTexts(item, `${where}[${i}]`, out));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.some((key) => (localeCodes as string[]).includes(key))) {
        for (const locale of localeCodes) if (typeof record[locale] !== 'string' || !record[locale].trim()) out.push(`${where}.${locale}`);
        // `forms` (grammatical forms of a taxonomy label) exist only where a language needs them.
      } else for (const key of keys.filter((k) => k !== 'forms')) missingTexts(record[key], `${where}.${key}`, out);
    }
    return out;
  }

  const yamlFiles = files.filter((file) => /^(partners|taxonomies|calendar)\//.test(file));
  it('covers partners, taxonomies and calendar entries', () => {
    expect(yamlFiles.filter((f) => f.startsWith('partners/')).length).toBeGreaterThan(10);
    expect(yamlFiles.filter((f) => f.startsWith('taxonomies/')).length).toBe(10);
    expect(yamlFiles.filter((f) => f.startsWith('calendar/')).length).toBeGreaterThan(10);
  });
  it.each(yamlFiles)('%s', (file) => {
    const data = parseYaml(readFileSync(path.join(contentDir, file), 'utf8'));
    expect(missingTexts(data, file)).toEqual([]);
    if (file.startsWith('partners/')) {
      const partner = data as { name: Record<string, string> };
      expect(Object.keys(partner.name).sort(), 'a partner has a name per locale').toEqual([...localeCodes].sort());
    }
  });
});

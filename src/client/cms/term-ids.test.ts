/** A new taxonomy term's id, made from its name as it is typed (src/client/cms/term-ids.js). */
import { describe, expect, it } from 'vitest';
import { derivedIds, slugId, uniqueId } from './term-ids.js';
import { idPattern } from '../../schemas/common.ts';

describe('an id made from a name', () => {
  it('is a lower-case ASCII slug, ä as a and ö as o, valid as an id', () => {
    expect(slugId('Päivähoito lapsille')).toBe('paivahoito-lapsille');
    expect(slugId('Työnhaku & ura')).toBe('tyonhaku-ura');
    expect(slugId('  Åbo / Turku  ')).toBe('abo-turku');
    expect(slugId('Late at night')).toBe('late-at-night');
    expect(slugId('–')).toBe('');
    for (const name of ['Päivähoito lapsille', 'ÖÖÖ', 'x'.repeat(150), `${'sana '.repeat(40)}loppu`]) {
      const id = slugId(name);
      expect(id, name).toMatch(idPattern);
      expect(id.length, name).toBeLessThanOrEqual(100);
    }
  });

  it('is unique among the taxonomy’s ids', () => {
    expect(uniqueId('online', new Set(['in-person']))).toBe('online');
    expect(uniqueId('online', new Set(['online', 'online-2']))).toBe('online-3');
    expect(uniqueId('', new Set(['']))).toBe('');
  });
});

describe('the ids set as a new term is typed', () => {
  const saved = new Set(['in-person', 'online']);
  const file = [
    { id: 'in-person', label: { fi: 'Paikan päällä', en: 'In person' } },
    { id: 'online', label: { fi: 'Verkossa', en: 'Online' } },
  ];

  it('follows the Finnish name, then the English one, unique in the taxonomy', () => {
    expect(derivedIds([...file, {}], file, saved)).toEqual([]);
    expect(derivedIds([...file, { label: { fi: 'P' } }], [...file, {}], saved)).toEqual([[2, 'p']]);
    const typing = { id: 'p', label: { fi: 'P' } };
    expect(derivedIds([...file, { ...typing, label: { fi: 'Puhelimessa' } }], [...file, typing], saved)).toEqual([[2, 'puhelimessa']]);
    const finnish = { id: 'puhelimessa', label: { fi: 'Puhelimessa' } };
    expect(derivedIds([...file, { ...finnish, label: { fi: 'Puhelimessa', en: 'Online' } }], [...file, finnish], saved)).toEqual([[2, 'online-2']]);
  });

  it('leaves an id the editor typed or emptied, and never touches a term the file had', () => {
    const made = { id: 'puhelimessa', label: { fi: 'Puhelimessa' } };
    expect(derivedIds([...file, { ...made, id: 'by-phone' }], [...file, made], saved)).toEqual([]);
    const typed = { id: 'by-phone', label: { fi: 'Puhelimessa' } };
    expect(derivedIds([...file, { ...typed, label: { fi: 'Puhelimitse' } }], [...file, typed], saved)).toEqual([]);
    expect(derivedIds([...file, { ...typed, id: '' }], [...file, typed], saved)).toEqual([]);
    // Renaming a term of the file keeps its id, also where the id is the name's slug.
    const renamed = [{ id: 'in-person', label: { fi: 'Lähipalvelu', en: 'Face to face' } }, file[1]!];
    expect(derivedIds(renamed, file, saved)).toEqual([]);
  });
});

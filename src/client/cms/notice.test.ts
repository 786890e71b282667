import { describe, expect, it } from 'vitest';
import { fieldName, refusalLine } from './notice.js';

describe('a line of the refused-save notice', () => {
  it('names the field once, whatever the shape of the message', () => {
    expect(refusalLine('Nimi', 'Nimi (englanti)', 'Nimi on pakollinen.')).toBe('Nimi (englanti) on pakollinen.');
    expect(refusalLine('Verkkosivu', 'Yhteystiedot 2 › Verkkosivu', 'Verkkosivu: Kirjoita koko osoite.')).toBe(
      'Yhteystiedot 2 › Verkkosivu: Kirjoita koko osoite.',
    );
    expect(refusalLine('Tiivistelmä', 'Tiivistelmä (suomi)', 'Enintään 150 merkkiä.')).toBe('Tiivistelmä (suomi): Enintään 150 merkkiä.');
    expect(refusalLine('', '', 'Tarkista kentät.')).toBe('Tarkista kentät.');
  });

  it('names a field by its place in the form, and a language only where the field is written per language', () => {
    const options = { locales: ['fi', 'en'], language: (code: string) => ({ fi: 'suomi', en: 'englanti' })[code] ?? code };
    // A taxonomy (one form for both languages): no column language, and the id has none ("Tunniste (suomi)" was shown).
    expect(
      fieldName(
        [
          { name: 'terms', label: 'Termit', item: 5 },
          { name: 'id', label: 'Tunniste' },
        ],
        options,
      ),
    ).toBe('Termit 5 › Tunniste');
    // A language's box of a text given in every language: the text's label and the language.
    expect(
      fieldName(
        [
          { name: 'terms', label: 'Termit', item: 5 },
          { name: 'label', label: 'Nimi' },
          { name: 'fi', label: 'suomi' },
        ],
        options,
      ),
    ).toBe('Termit 5 › Nimi (suomi)');
    expect(
      fieldName(
        [
          { name: 'title', label: 'Otsikko' },
          { name: 'en', label: 'englanti' },
        ],
        options,
      ),
    ).toBe('Otsikko (englanti)');
    // Per-language columns: the column's language for a text, none for a field the same in every language.
    expect(fieldName([{ name: 'name', label: 'Nimi' }], { ...options, column: 'en' })).toBe('Nimi (englanti)');
    expect(fieldName([{ name: 'owner', label: 'Vastuutiimin sähköposti' }], options)).toBe('Vastuutiimin sähköposti');
    expect(
      fieldName(
        [
          { name: 'contacts', label: 'Yhteystiedot', item: 2 },
          { name: 'label', label: 'Yhteystiedon nimi' },
        ],
        { ...options, column: 'fi' },
      ),
    ).toBe('Yhteystiedot 2 › Yhteystiedon nimi (suomi)');
  });
});

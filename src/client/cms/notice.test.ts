import { describe, expect, it } from 'vitest';
import { refusalLine } from './notice.js';
import { splitTexts } from './text-list.js';

describe('a line of the refused-save notice', () => {
  it('names the field and its language once, whatever the shape of the message', () => {
    expect(refusalLine('Nimi', 'englanti', 'Nimi on pakollinen.')).toBe('Nimi (englanti) on pakollinen.');
    expect(refusalLine('Verkkosivu', 'suomi', 'Verkkosivu: Kirjoita koko osoite.')).toBe('Verkkosivu (suomi): Kirjoita koko osoite.');
    expect(refusalLine('Tiivistelmä', 'suomi', 'Enintään 150 merkkiä.')).toBe('Tiivistelmä (suomi): Enintään 150 merkkiä.');
    expect(refusalLine('', 'suomi', 'Tarkista kentät.')).toBe('Tarkista kentät.');
  });
});

describe('a comma list typed or pasted into one box', () => {
  it('becomes one text per comma, trimmed; a box without a comma is left alone', () => {
    expect(splitTexts('suomen kieli, keskustelu,iltakurssi')).toEqual(['suomen kieli', 'keskustelu', 'iltakurssi']);
    expect(splitTexts('suomen kieli,')).toEqual(['suomen kieli', '']);
    expect(splitTexts('suomen kieli')).toBeUndefined();
  });
});

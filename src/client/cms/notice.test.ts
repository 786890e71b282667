import { describe, expect, it } from 'vitest';
import { refusalLine } from './notice.js';

describe('a line of the refused-save notice', () => {
  it('names the field and its language once, whatever the shape of the message', () => {
    expect(refusalLine('Nimi', 'englanti', 'Nimi on pakollinen.')).toBe('Nimi (englanti) on pakollinen.');
    expect(refusalLine('Verkkosivu', 'suomi', 'Verkkosivu: Kirjoita koko osoite.')).toBe('Verkkosivu (suomi): Kirjoita koko osoite.');
    expect(refusalLine('Tiivistelmä', 'suomi', 'Enintään 150 merkkiä.')).toBe('Tiivistelmä (suomi): Enintään 150 merkkiä.');
    expect(refusalLine('', 'suomi', 'Tarkista kentät.')).toBe('Tarkista kentät.');
  });
});

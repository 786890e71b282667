import { describe, expect, it } from 'vitest';
import { bodyLinks, linkProblem } from './body-links.js';

describe('links in a Markdown body', () => {
  it('finds the targets of links and autolinks', () => {
    expect(bodyLinks('See [Kela](https://www.kela.fi "Kela") and [us](/fi/contact/), <https://hel.fi> or [x](www.example.com).')).toEqual([
      'https://www.kela.fi',
      '/fi/contact/',
      'www.example.com',
      'https://hel.fi',
    ]);
  });
  it('refuses www., bare domains and relative paths, and asks for site paths to be checked', () => {
    expect(linkProblem('www.example.com')).toBe('www');
    expect(linkProblem('example.com')).toBe('domain');
    expect(linkProblem('hel.fi/fi/palvelut')).toBe('domain');
    expect(linkProblem('palvelut/kielikahvila')).toBe('relative');
    expect(linkProblem('../services/')).toBe('relative');
    expect(linkProblem('//evil.example')).toBe('relative');
    expect(linkProblem('/fi/services/library-language-cafe/')).toBe('path');
    for (const fine of ['https://www.kela.fi', 'http://example.org', 'mailto:a@b.fi', 'tel:+3589', '#ohje']) expect(linkProblem(fine), fine).toBeUndefined();
  });
});

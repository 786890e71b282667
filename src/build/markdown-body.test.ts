import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { allowedUrl, bodyProblems, markdownFeatures } from './markdown-body.ts';

describe('plain Markdown bodies, checked on the parsed tree', () => {
  it('accepts ordinary Markdown, links, site paths, anchors and code', () => {
    const body = [
      'Hello **world**.',
      '',
      '- [Site](https://www.hel.fi/), [mail](mailto:a@hel.fi), [call](tel:+358931010), [here](/en/services/) and [up](#top)',
      '',
      '`<b>{x}</b>`',
      '',
      '```',
      'import x from "y"',
      '{ braces } <script>alert(1)</script>',
      '```',
      '',
      '    <b>indented code is code</b>',
      '',
      'A [reference][ref].',
      '',
      '[ref]: https://example.org',
      '',
      '![Map of the venue](/attachments/venue-map.png)',
    ].join('\n');
    expect(bodyProblems(body)).toEqual([]);
  });

  it.each([
    ['import fs from "node:fs"', /import\/export/],
    ['export const x = process.getBuiltinModule("node:fs")', /import\/export/],
    ['Secret: {process.env.TOKEN}', /curly braces/],
    ['Version &#123;process.version&#125;', /curly braces/],
    ['<script>alert(1)</script>', /HTML is not allowed/],
    ['<img src=x onerror=alert(1)>', /HTML is not allowed/],
    ['<Component prop="x" />', /HTML is not allowed/],
    ['<!-- comment -->', /HTML is not allowed/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', /HTML is not allowed/],
    ['[click](javascript:alert(1))', /links accept only/],
    ['[click]( JavaScript:alert(1))', /links accept only/],
    ['[a](java&#x73;cript:alert(9))', /links accept only .*"javascript:alert\(9\)"/],
    ['[a](<java\tscript:alert(9)>)', /links accept only/],
    ['<javascript:alert(1)>', /links accept only/],
    ['[x](data:text/html,hi)', /links accept only/],
    ['[x]: vbscript:msgbox', /links accept only/],
    ['[r]: java&#115;cript:alert(1)', /links accept only/],
    ['![pixel](javascript:alert(1))', /images must be uploaded files under \/attachments\//],
    ['![pixel](https://tracker.example/p.gif)', /images must be uploaded files/],
    ['Right\u202Eto left', /U\+202E/],
  ])('rejects %j', (body, message) => {
    const problems = bodyProblems(`Intro line.\n\n${body}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.message).toMatch(message);
  });

  it('rejects raw HTML that a text scanner missed after a tab-indented or an unclosed fence line', () => {
    const afterTabFence = bodyProblems('Text\n\n\t```\n\n<script src="/attachments/evil.js"></script>\n');
    expect(afterTabFence.map((p) => p.line)).toEqual([5]);
    const afterUnclosed = bodyProblems('Text\n\n~~~ not closed `x`\n\n~~~~\n\n<meta http-equiv="refresh" content="0">\n');
    // Whatever the fences do, the tree says whether the tag is HTML; it is refused if it would render as HTML.
    expect(afterUnclosed.every((p) => /HTML/.test(p.message))).toBe(true);
  });

  it('names the line of a brace inside a multi-line paragraph', () => {
    expect(bodyProblems('First line\nsecond {x} line').map((p) => p.line)).toEqual([2]);
  });

  it('limits the length of a body', () => {
    expect(bodyProblems('a'.repeat(20_001))[0]!.message).toMatch(/at most 20000/);
  });
});

describe('allowedUrl', () => {
  it('reads addresses as a browser does', () => {
    expect(allowedUrl('https://www.hel.fi/')).toBe(true);
    expect(allowedUrl('/fi/palvelut/')).toBe(true);
    expect(allowedUrl('#main')).toBe(true);
    expect(allowedUrl('mailto:info@hel.fi')).toBe(true);
    expect(allowedUrl(' javascript:alert(1)')).toBe(false);
    expect(allowedUrl('java\nscript:alert(1)')).toBe(false);
    expect(allowedUrl('\u0001javascript:alert(1)')).toBe(false);
    expect(allowedUrl('vbscript:x')).toBe(false);
    expect(allowedUrl('data:text/html,x')).toBe(false);
  });

  describe('links written by name: what is checked is what renders', () => {
    const definition = (bytes: number) => `[r]: https://example.com/${'a'.repeat(bytes - 20)}`;
    const body = (uses: number, bytes: number) => `${'[a][r] '.repeat(uses)}\n\n${definition(bytes)}\n`;
    const rendered = (text: string) => (markdownToHtml(text, { features: markdownFeatures }).html.match(/<a /g) ?? []).length;

    it('accepts uses whose addresses add up to the renderer limit, and every one renders', () => {
      // 100 uses of a 1,000-byte address: exactly the budget; 57 of 1,730 bytes; 2,500 of a short one.
      for (const [uses, bytes] of [
        [100, 1000],
        [57, 1730],
        [2500, 21],
      ] as const) {
        expect(bodyProblems(body(uses, bytes))).toEqual([]);
        expect(rendered(body(uses, bytes))).toBe(uses);
      }
      // A non-ASCII address counts in UTF-8 bytes (ä is two): 100 uses of 1,000 bytes still fit.
      const wide = `${'[a][r] '.repeat(100)}\n\n[r]: https://example.com/${'ä'.repeat(490)}\n`;
      expect(bodyProblems(wide)).toEqual([]);
      expect(rendered(wide)).toBe(100);
    });

    it('refuses one use over the limit, where the renderer would show "[a][r]" as text, naming its line', () => {
      for (const [uses, bytes] of [
        [101, 1000],
        [59, 1730],
      ] as const) {
        expect(rendered(body(uses, bytes))).toBeLessThan(uses);
        expect(bodyProblems(body(uses, bytes))).toEqual([
          {
            line: 1,
            message: expect.stringMatching(/more than the 100,000 bytes .* write the link inline as \[text\]\(https:\/\/…\), or shorten the address/),
          },
        ]);
      }
      // Images share the budget; the first use left as text is named even when it is on a later line.
      const mixed = `${'![a][r] '.repeat(100)}\n\nand [here][r]\n\n${definition(1000)}\n`;
      expect(bodyProblems(mixed).map((p) => p.line)).toContain(3);
    });

    it('refuses a definition or footnote nothing uses: the line would vanish from the page', () => {
      expect(bodyProblems('Text.\n\n[Important]: /en/services/\n')).toEqual([
        {
          line: 3,
          message: expect.stringMatching(/"\[Important\]: …" defines a link by name that no \[text\]\[Important\] uses.*\[Important\]\(\/en\/services\/\)/),
        },
      ]);
      expect(bodyProblems('Text.\n\n[^1]: A lost note.\n')).toEqual([{ line: 3, message: expect.stringMatching(/footnote "\[\^1\]: …" is not used/) }]);
      expect(bodyProblems('A [link][Important] and a note[^1].\n\n[important]: /en/services/\n\n[^1]: Note.\n')).toEqual([]);
    });

    it('refuses a backslash in a link address (rendered as a dead /%5C… link)', () => {
      expect(bodyProblems('[here](/\\evil.example)')).toEqual([{ line: 1, message: expect.stringMatching(/cannot contain a backslash/) }]);
      expect(bodyProblems('[here][r]\n\n[r]: https://example.org/a\\b\n')[0]?.message).toMatch(/cannot contain a backslash/);
    });
  });
});

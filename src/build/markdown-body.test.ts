import { describe, expect, it } from 'vitest';
import { allowedUrl, bodyProblems } from './markdown-body.ts';

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
});

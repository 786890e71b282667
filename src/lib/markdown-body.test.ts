import { describe, expect, it } from 'vitest';
import { bodyProblems } from './markdown-body.ts';

describe('plain Markdown bodies', () => {
  it('accepts ordinary Markdown, links and code', () => {
    expect(bodyProblems('Hello **world**.\n\n- [Site](https://www.hel.fi/) and [mail](mailto:a@hel.fi)\n\n`<b>{x}</b>`\n\n```\nimport x from "y"\n{ braces }\n```\n[ref]: https://example.org')).toEqual([]);
  });
  it.each([
    ['import fs from "node:fs"', /import\/export/],
    ['export const x = 1', /import\/export/],
    ['Secret: {process.env.TOKEN}', /curly braces/],
    ['<script>alert(1)</script>', /HTML and components/],
    ['<img src=x onerror=alert(1)>', /HTML and components/],
    ['<Component prop="x" />', /HTML and components/],
    ['<!-- comment -->', /HTML and components/],
    ['[click](javascript:alert(1))', /links accept only/],
    ['[click]( JavaScript:alert(1))', /links accept only/],
    ['[x](data:text/html,hi)', /links accept only/],
    ['[x]: vbscript:msgbox', /links accept only/],
  ])('rejects %s', (body, message) => {
    const problems = bodyProblems(`Intro line.\n${body}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toMatch(message);
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { sanitizeEditorHtmlPlugin } from './editor-html.ts';
import { markdownFeatures } from './markdown-body.ts';

/** Renders as the site does (Sätteri with the sanitizer), without the content check in front: the second line. */
const render = (markdown: string) => markdownToHtml(markdown, { features: markdownFeatures, hastPlugins: [sanitizeEditorHtmlPlugin] }).html;

describe('the sanitizer behind editor Markdown', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta/i],
    ['<script src="/attachments/evil.js"></script>', /<script/i],
    ['<img src=x onerror=alert(1)>', /onerror/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['[a](java&#x73;cript:alert(9))', /javascript:/i],
    ['[r]\n\n[r]: java&#115;cript:alert(1)', /javascript:/i],
    ['<iframe src="https://evil.example/"></iframe>', /<iframe/i],
    ['<form action="https://evil.example/"><input name="q"></form>', /<form|<input/i],
    ['<div style="position:fixed;inset:0">overlay</div>', /style=/i],
    ['![x](javascript:alert(1))', /javascript:/i],
    ['<svg onload="alert(1)"><circle r="1"/></svg>', /<svg|onload/i],
  ])('removes what could run or mislead: %j', (markdown, forbidden) => {
    const html = render(markdown);
    expect(html).not.toMatch(forbidden);
  });

  it('keeps ordinary Markdown: headings, emphasis, lists, tables, code and safe links', () => {
    const html = render(
      '## Heading\n\n**bold** _em_ ~~gone~~\n\n- [site](https://www.hel.fi/ "Helsinki")\n- [mail](mailto:a@hel.fi) [call](tel:+358931010) [page](/fi/palvelut/)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`<b>`\n',
    );
    for (const part of [
      '<h2',
      '<strong>bold</strong>',
      '<em>em</em>',
      '<del>gone</del>',
      '<a href="https://www.hel.fi/" title="Helsinki">site</a>',
      'href="mailto:a@hel.fi"',
      'href="tel:+358931010"',
      'href="/fi/palvelut/"',
      '<table>',
      '<td>2</td>',
      '<code>&lt;b&gt;</code>',
    ]) {
      expect(html).toContain(part);
    }
  });
});

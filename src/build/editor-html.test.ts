import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { editorMarkdownFeatures, httpsWwwAutolinksPlugin, sanitizeEditorHtmlPlugin } from './editor-html.ts';

/** Renders with Sätteri and the sanitizer, without the content check in front: the second line. */
const render = (markdown: string) => markdownToHtml(markdown, { features: editorMarkdownFeatures, hastPlugins: [sanitizeEditorHtmlPlugin] }).html;

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

  it("gives the editor's ids one user-content- prefix, never one of the page's own, and points in-page links at them", async () => {
    // Astro's own pipeline as the site configures it, heading-ids step included.
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: [sanitizeEditorHtmlPlugin], features: editorMarkdownFeatures });
    const { code, metadata } = await processor.render(
      '## Main\n\n## Contacts\n\n## Main\n\n## Mitä maksaa\n\n## fn 1\n\nSee [costs](#mitä-maksaa), [top](#main), [out](#elsewhere) and a note[^1].\n\n[^1]: The note.\n',
    );
    const page = parse(code);
    const ids = page.querySelectorAll('[id]').map((element) => element.id);
    expect(ids).toEqual([
      'user-content-main',
      'user-content-contacts',
      'user-content-main-1',
      'user-content-mitä-maksaa',
      'user-content-fn-1-1',
      'user-content-fnref-1',
      'user-content-footnote-label',
      'user-content-fn-1',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
    // Every in-page link that had a target still has it; one to nothing stays as written.
    expect(hrefs).toEqual(['#user-content-mit%C3%A4-maksaa', '#user-content-main', '#elsewhere', '#user-content-fn-1', '#user-content-fnref-1']);
    for (const href of hrefs.filter((h) => h !== '#elsewhere')) expect(ids).toContain(decodeURIComponent(href!.slice(1)));
    expect(page.querySelector('[data-footnote-ref]')?.getAttribute('aria-describedby')).toBe('user-content-footnote-label');
    // What Astro records as the page's headings is what is in the HTML.
    expect(metadata.headings.map((h) => h.slug)).toEqual(ids.filter((id) => !id.includes('fnref') && id !== 'user-content-fn-1'));
  });

  it('links a bare www.… in text with https://, and keeps a scheme the editor wrote', async () => {
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [httpsWwwAutolinksPlugin], features: editorMarkdownFeatures });
    const { code } = await processor.render('See www.example.org/x?a=1, http://www.b.fi, [www.c.fi](http://www.c.fi) and <http://www.d.fi>.\n');
    expect(
      parse(code)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://www.example.org/x?a=1', 'http://www.b.fi', 'http://www.c.fi', 'http://www.d.fi']);
  });
});

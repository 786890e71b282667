import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from './content-files.ts';

describe('front matter is YAML and nothing else', () => {
  it('reads YAML front matter and the body after it', () => {
    expect(parseFrontMatter('---\nname: Work trial\nupdated: 2026-05-04\n---\n\nBody.\n')).toEqual({
      data: { name: 'Work trial', updated: '2026-05-04' },
      content: '\nBody.\n',
    });
    expect(parseFrontMatter('\uFEFF---\r\nname: x\r\n---\r\nBody')).toMatchObject({ data: { name: 'x' } });
  });
  it.each(['---js', '---javascript', '---coffee', '---json', '--- js', '---yaml'])('refuses %s front matter without evaluating it', (opening) => {
    let ran = false;
    (globalThis as { __ran?: () => void }).__ran = () => (ran = true);
    expect(() => parseFrontMatter(`${opening}\n({ name: globalThis.__ran() })\n---\nBody`)).toThrow(/front matter must be YAML between two "---" lines/);
    expect(ran).toBe(false);
  });
  it('refuses unclosed front matter and front matter that is not a mapping', () => {
    expect(() => parseFrontMatter('---\nname: x\nBody')).toThrow(/not closed/);
    expect(() => parseFrontMatter('---\n- a\n---\n')).toThrow(/mapping/);
  });
  it('says front matter must start on line 1 when empty lines or spaces come before it (it was read as body)', () => {
    for (const text of ['\n---\nname: x\n---\nBody', '\n \n---\nname: x\n---\n', '  ---\nname: x\n---\n']) {
      expect(() => parseFrontMatter(text)).toThrow('front matter must start on the very first line: remove the empty lines or spaces before the first "---"');
    }
  });
});

describe('YAML from editors', () => {
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseYaml('updated: 2026-02-30')).toEqual({ updated: '2026-02-30' });
  });
  it('refuses anchors and aliases, which can multiply one string into megabytes', () => {
    expect(() => parseYaml('a: &x long text\nb: *x')).toThrow(/anchors and aliases \(&x, \*x\) are not allowed at line 1/);
    expect(() => parseYaml('list: &l [1, 2]\n')).toThrow(/anchors and aliases/);
    expect(() => parseYaml('b: *x')).toThrow();
  });
  it('refuses language-specific tags', () => {
    expect(() => parseYaml('x: !!js/function "function () {}"')).toThrow();
  });
});

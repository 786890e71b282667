import { describe, expect, it } from 'vitest';
import { packageOf, summariseProfile } from './profile.ts';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });

describe('the CPU profile summary', () => {
  it('names where code lives: a package, the project, Node or V8', () => {
    expect(packageOf('file:///w/node_modules/astro/dist/x.js', 'f')).toBe('astro');
    expect(packageOf('file:///w/node_modules/@astrojs/sitemap/dist/x.js', 'f')).toBe('@astrojs/sitemap');
    expect(packageOf('file:///w/src/astro/site-data.ts', 'f')).toBe('src/');
    expect(packageOf('node:internal/fs/utils', 'f')).toBe('node');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('counts self time where it is spent, and a project function once per sample however deep its recursion', () => {
    const summary = summariseProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('render', 'file:///w/src/pages/a.ts'), children: [3, 4] },
        { id: 3, callFrame: frame('render', 'file:///w/src/pages/a.ts'), children: [5] },
        { id: 4, callFrame: frame('(garbage collector)', '') },
        { id: 5, callFrame: frame('escape', 'file:///w/node_modules/astro/dist/x.js') },
      ],
      samples: [5, 5, 4, 2],
      timeDeltas: [1000, 1000, 2000, 500],
    });
    expect(summary.totalMs).toBe(4.5);
    expect(summary.byPackage).toEqual([
      ['astro', 2],
      ['(garbage collector)', 2],
      ['src/', 0.5],
    ]);
    expect(summary.projectFunctions).toEqual([['src/pages/a.ts:10 render', 4.5]]);
  });
});

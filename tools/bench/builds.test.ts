import { describe, expect, it } from 'vitest';
import { type BuildMeasure, inSteps, parseLog } from './builds.ts';

const step = (figures: Partial<BuildMeasure>): BuildMeasure => ({
  ok: true,
  wallMs: 0,
  cpuMs: 0,
  peakRssBytes: 0,
  peakProcessBytes: 0,
  peakBreakdown: {},
  phases: {},
  log: '',
  ...figures,
});

describe('a build in steps (Astro, then Pagefind after it has exited)', () => {
  it('adds up the times and keeps the larger memory peak, not the sum', () => {
    const astro = step({
      wallMs: 40_000,
      cpuMs: 50_000,
      peakRssBytes: 1.3e9,
      peakProcessBytes: 1.2e9,
      peakBreakdown: { node: 1.3e9 },
      log: '[build] 9700 page(s) built in 40s',
    });
    const pagefind = step({
      wallMs: 15_000,
      cpuMs: 20_000,
      peakRssBytes: 0.8e9,
      peakProcessBytes: 0.7e9,
      peakBreakdown: { pagefind_extend: 0.7e9 },
      log: '[search-index] Pagefind indexed 9646 pages in 14800 ms',
    });
    const build = inSteps({ astro, pagefind });
    expect(build).toMatchObject({ ok: true, wallMs: 55_000, cpuMs: 70_000, peakRssBytes: 1.3e9, peakProcessBytes: 1.2e9, peakBreakdown: { node: 1.3e9 } });
    expect(build.steps).toEqual({
      astro: { wallMs: 40_000, cpuMs: 50_000, peakRssBytes: 1.3e9 },
      pagefind: { wallMs: 15_000, cpuMs: 20_000, peakRssBytes: 0.8e9 },
    });
    expect(build).toMatchObject(parseLog(`${astro.log}\n${pagefind.log}`));
    expect(build.pagefindMs).toBe(14_800);
    expect(build.pages).toBe(9700);
  });

  it('fails when any step failed', () => {
    expect(inSteps({ astro: step({}), pagefind: step({ ok: false }) }).ok).toBe(false);
  });
});

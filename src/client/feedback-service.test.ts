import { describe, expect, it } from 'vitest';
import { backFragment, backPath, sameSitePath } from './feedback-service.ts';

const origin = 'https://spouseprogram.fi';

describe('the page a report was about', () => {
  it('is a path on this site, with its query', () => {
    expect(sameSitePath('/en/services/work-trial/', origin)).toBe('/en/services/work-trial/');
    expect(sameSitePath('/fi/services/?municipality=espoo&cost=free', origin)).toBe('/fi/services/?municipality=espoo&cost=free');
    expect(sameSitePath('/en/about/#team', origin)).toBe('/en/about/');
  });

  it('is nothing else: another site, another scheme, a relative path, odd characters, the feedback pages', () => {
    for (const value of [
      null,
      undefined,
      '',
      'https://example.com/',
      `${origin}/en/about/`,
      '//example.com/en/',
      '/\\example.com/',
      '\\\\example.com',
      'javascript:alert(1)',
      'en/about/',
      '/en/ab out/',
      '/en/about/\n',
      '/en/feedback/',
      '/fi/feedback/thanks/',
      `/${'a'.repeat(300)}`,
    ]) {
      expect(sameSitePath(value, origin), String(value)).toBeUndefined();
    }
  });

  it('goes to the thanks page in its fragment, and comes back only as a path on this site', () => {
    const fragment = backFragment('/en/services/work-trial/');
    expect(fragment).toBe('back=%2Fen%2Fservices%2Fwork-trial%2F');
    expect(backPath(`#${fragment}`, origin)).toBe('/en/services/work-trial/');
    expect(backPath('#back=https%3A%2F%2Fexample.com%2F', origin)).toBeUndefined();
    expect(backPath('#back=%2F%2Fexample.com', origin)).toBeUndefined();
    expect(backPath('', origin)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { id, isoDate, localized, nonEmptyText, safeUrl, webUrl } from './common.ts';

describe('common schema parts', () => {
  it('accepts only lowercase ASCII ids', () => {
    expect(id.safeParse('job-search').success).toBe(true);
    expect(id.safeParse('55-plus').success).toBe(true);
    for (const bad of ['Job', 'a--b', '-a', 'a-', 'työ', 'a b', '']) expect(id.safeParse(bad).success, bad).toBe(false);
  });
  it('accepts YYYY-MM-DD dates as text or Date and rejects impossible ones', () => {
    expect(isoDate.parse('2026-02-28')).toBe('2026-02-28');
    expect(isoDate.parse(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
    for (const bad of ['2026-02-30', '2026-13-01', '1.2.2026', '2026-1-1', 'tomorrow']) expect(isoDate.safeParse(bad).success, bad).toBe(false);
  });
  it('accepts only http(s), mailto and tel links', () => {
    for (const ok of ['https://www.hel.fi/', 'http://example.org/a?b=c', 'mailto:info@hel.fi', 'tel:+358931000000'])
      expect(safeUrl.safeParse(ok).success, ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      'ftp://x.org',
      'https://x.org ',
    ]) {
      expect(safeUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
  it('accepts only web addresses for web-only fields', () => {
    expect(webUrl.safeParse('https://www.hel.fi').success).toBe(true);
    expect(webUrl.safeParse('mailto:a@b.fi').success).toBe(false);
  });
  it('requires text in every locale for localized fields', () => {
    const schema = localized(nonEmptyText);
    expect(schema.safeParse({ en: 'Hello', fi: 'Hei' }).success).toBe(true);
    expect(schema.safeParse({ en: 'Hello' }).success).toBe(false);
    expect(schema.safeParse({ en: 'Hello', fi: ' ' }).success).toBe(false);
    expect(schema.safeParse({ en: 'Hello', fi: 'Hei', de: 'Hallo' }).success).toBe(false);
  });
});

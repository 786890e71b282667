import { describe, expect, it } from 'vitest';
import { changeKind, recentChanges } from './changes.ts';

describe('what changed', () => {
  it('says new, updated, out of date or archived', () => {
    expect(changeKind({ status: 'published', updated: '2026-11-01', added: '2026-10-15' }, '2026-11-22')).toBe('new');
    expect(changeKind({ status: 'published', updated: '2026-11-01', added: '2025-03-01' }, '2026-11-22')).toBe('updated');
    expect(changeKind({ status: 'published', updated: '2026-11-01' }, '2026-11-22')).toBe('updated');
    expect(changeKind({ status: 'outdated', updated: '2025-01-01', added: '2026-11-20' }, '2026-11-22')).toBe('outdated');
    expect(changeKind({ status: 'archived', updated: '2026-11-01' }, '2026-11-22')).toBe('archived');
  });
  it('keeps the last 60 days, newest first, and nothing dated after today', () => {
    const items = [{ updated: '2026-09-22' }, { updated: '2026-09-24' }, { updated: '2026-11-20' }, { updated: '2026-11-23' }];
    expect(recentChanges(items, '2026-11-22').map((i) => i.updated)).toEqual(['2026-11-20', '2026-09-24']);
  });
});

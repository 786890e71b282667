import { describe, expect, it } from 'vitest';
import { addAll, mergeLists, parseSharedIds, readList, recordView, shareQuery, sortItems, toggle, writeList, type StorageLike } from './favourites.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('favourites store', () => {
  it('toggles, keeping the newest first', () => {
    let items = toggle([], 'work-trial', true, '2026-11-01T10:00:00Z');
    items = toggle(items, 'kotoklubi-kaneli', true, '2026-11-02T10:00:00Z');
    expect(items.map((i) => i.slug)).toEqual(['kotoklubi-kaneli', 'work-trial']);
    expect(toggle(items, 'work-trial', false, 'x').map((i) => i.slug)).toEqual(['kotoklubi-kaneli']);
  });
  it('round-trips through storage and drops malformed entries', () => {
    const storage = memoryStorage();
    writeList(storage, 'k', [{ slug: 'work-trial', at: '2026-11-01T00:00:00Z' }]);
    expect(readList(storage, 'k')).toEqual([{ slug: 'work-trial', at: '2026-11-01T00:00:00Z' }]);
    storage.setItem('k', '{not json');
    expect(readList(storage, 'k')).toEqual([]);
    storage.setItem('k', JSON.stringify([{ slug: '<img src=x onerror=alert(1)>', at: 'x' }, { slug: 'ok', at: 'y' }, 7, null]));
    expect(readList(storage, 'k')).toEqual([{ slug: 'ok', at: 'y' }]);
  });
  it('keeps the last ten views, most recent first, without duplicates', () => {
    let recent: ReturnType<typeof recordView> = [];
    for (let i = 0; i < 12; i++) recent = recordView(recent, `s${i}`, `2026-11-01T00:00:${String(i).padStart(2, '0')}Z`);
    recent = recordView(recent, 's5', '2026-11-02T00:00:00Z');
    expect(recent.map((r) => r.slug)).toEqual(['s5', 's11', 's10', 's9', 's8', 's7', 's6', 's4', 's3', 's2']);
  });
  it('merges two lists newest first, each service once at its newest time', () => {
    const device = [
      { slug: 'work-trial', at: '2026-11-03T10:00:00Z' },
      { slug: 'kotiva', at: '2026-11-01T10:00:00Z' },
    ];
    const tab = [
      { slug: 'kotiva', at: '2026-11-04T10:00:00Z' },
      { slug: 'kotoklubi', at: '2026-11-02T10:00:00Z' },
    ];
    expect(mergeLists(device, tab)).toEqual([
      { slug: 'kotiva', at: '2026-11-04T10:00:00Z' },
      { slug: 'work-trial', at: '2026-11-03T10:00:00Z' },
      { slug: 'kotoklubi', at: '2026-11-02T10:00:00Z' },
    ]);
    expect(mergeLists([], tab)).toEqual(tab);
  });

  it('adds a shared list without moving what was saved', () => {
    const saved = [{ slug: 'a', at: '1' }];
    expect(addAll(saved, ['b', 'a', 'c'], '2').map((i) => i.slug)).toEqual(['b', 'c', 'a']);
  });
  it('sorts by saving time or by name in the page language', () => {
    const items = [
      { slug: 'a', at: '2026-01-01', name: 'Öljy' },
      { slug: 'b', at: '2026-02-01', name: 'Auto' },
      { slug: 'c', at: '2026-03-01', name: 'Zeta' },
    ];
    expect(sortItems(items, 'saved', 'fi').map((i) => i.slug)).toEqual(['c', 'b', 'a']);
    expect(sortItems(items, 'name', 'fi').map((i) => i.slug)).toEqual(['b', 'c', 'a']);
  });
});

describe('shared list links', () => {
  it('parses ids in order, without duplicates', () => {
    expect(parseSharedIds('work-trial, kotoklubi-kaneli,work-trial')).toEqual({ slugs: ['work-trial', 'kotoklubi-kaneli'], invalid: [] });
    expect(shareQuery(['a', 'b'])).toBe('?ids=a,b');
    expect(parseSharedIds(null)).toEqual({ slugs: [], invalid: [] });
  });
  it('separates hostile parts, bounded in length and number', () => {
    const { slugs, invalid } = parseSharedIds(`<script>alert(1)</script>,"><img onerror=alert(1)>,javascript:alert(1),ok,${'x'.repeat(500)}-`);
    expect(slugs).toEqual(['ok']);
    expect(invalid).toEqual(['<script>alert(1)</script>', '"><img onerror=alert(1)>', 'javascript:alert(1)', `${'x'.repeat(120)}`]);
    expect(parseSharedIds(Array.from({ length: 500 }, (_, i) => `s${i}`).join(',')).slugs).toHaveLength(200);
  });
});

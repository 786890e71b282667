import { afterEach, describe, expect, it, vi } from 'vitest';

// The dev server or a built site: the one flag (src/lib/dev-server.ts), switched per test.
const mode = vi.hoisted(() => ({ dev: true }));
vi.mock('../lib/dev-server.ts', () => ({
  get onDevServer() {
    return mode.dev;
  },
}));

const { loadPagefind, requireBuiltSearch, TextSearchNeedsBuild } = await import('./pagefind.ts');
const { loadSearchIds, loadSearchPages } = await import('./catalogue-data.ts');

afterEach(() => {
  vi.unstubAllGlobals();
  mode.dev = true;
});

describe('text search on the dev server', () => {
  it('says it needs a build, without asking the server for Pagefind, the ids or the page list', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request expected')));
    vi.stubGlobal('fetch', fetch);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await expect(loadPagefind()).rejects.toBeInstanceOf(TextSearchNeedsBuild);
    await expect(loadSearchIds('fi')).rejects.toBeInstanceOf(TextSearchNeedsBuild);
    await expect(loadSearchPages('fi')).rejects.toBeInstanceOf(TextSearchNeedsBuild);
    expect(fetch).not.toHaveBeenCalled();
    // The page tells visitors only that text search is unavailable; the developer's hint is in the console, once.
    expect(info.mock.calls).toEqual([['Text search needs a built site: npm run build, then npm run preview']]);
    info.mockRestore();
  });

  it('is not in the way in a built site', () => {
    mode.dev = false;
    expect(() => requireBuiltSearch()).not.toThrow();
    mode.dev = true;
    expect(() => requireBuiltSearch()).toThrow(TextSearchNeedsBuild);
  });
});

/**
 * Loads once per key. A failed load (e.g. a network hiccup) is dropped so the next call tries again; `forget`
 * drops a loaded copy, and the next load of that key is told to bypass the browser's cache (`fresh`).
 */
export function loadOnce<K, T>(load: (key: K, fresh: boolean) => Promise<T>): ((key: K) => Promise<T>) & { forget: (key: K) => void } {
  const entries = new Map<K, Promise<T>>();
  const stale = new Set<K>();
  const get = (key: K) => {
    let entry = entries.get(key);
    if (!entry) {
      const loading = load(key, stale.delete(key));
      entries.set(key, loading);
      loading.catch(() => {
        if (entries.get(key) === loading) entries.delete(key);
      });
      entry = loading;
    }
    return entry;
  };
  const forget = (key: K) => {
    entries.delete(key);
    stale.add(key);
  };
  return Object.assign(get, { forget });
}

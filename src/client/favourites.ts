/**
 * The favourites page in the browser: own list, shared read-only lists, recently viewed, print and copy link.
 * Where the lists are kept is favourites/store.ts; the favourite buttons are favourites/toggles.ts. Everything is
 * inserted as text.
 */
import { copyLink, offerShare } from './clipboard.ts';
import { now, openStore } from './favourites/store.ts';
import type { FavouritesPageConfig } from './page-config.ts';
import {
  addAll,
  FAVOURITES_KEY,
  parseSharedIds,
  readList,
  RECENT_KEY,
  shareQuery,
  sortItems,
  toggle,
  writeList,
  type FavouriteSort,
  type SavedItem,
} from '../lib/favourites.ts';
import { format, translate } from './format.ts';
import { siteDateFormat } from '../lib/dates.ts';
import { el } from './dom.ts';
import type { ServiceSummary } from '../lib/service-summary.ts';

type IndexItem = ServiceSummary;

type PageConfig = FavouritesPageConfig;

export async function startFavouritesPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('#favourites');
  if (!root?.dataset['config']) return;
  const config = JSON.parse(root.dataset['config']) as PageConfig;
  const s = (key: string, values?: Record<string, string | number>) => translate(config.strings, key, values);
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const formatDate = siteDateFormat(config.dateLocale);

  let index: Map<string, IndexItem>;
  try {
    const response = await fetch(config.indexUrl);
    index = new Map(((await response.json()) as IndexItem[]).map((item) => [item.slug, item]));
  } catch {
    $('#fav-status').textContent = s('favourites.loadError');
    return;
  }

  function card(slug: string, options: { removable: boolean }): HTMLLIElement {
    const item = index.get(slug);
    const li = el('li', { 'data-favourite-item': slug });
    if (!item) {
      li.dataset['unavailable'] = 'true';
      li.append(el('h3', {}, s('favourites.unavailable')), el('p', {}, s('favourites.unavailableItem', { id: slug })));
    } else {
      const heading = el('h3');
      heading.append(el('a', { href: item.url }, item.name));
      const facts = el(
        'p',
        { class: 'meta' },
        [
          `${s('favourites.organisation')}: ${item.provider}`,
          `${s('favourites.languages')}: ${item.languages.join(', ')}`,
          format(config.strings['search.updated'], { date: formatDate(item.updated) }),
        ].join(' · '),
      );
      li.append(heading, el('p', {}, item.summary), facts, el('p', { class: 'print-url' }, new URL(item.url, window.location.href).href));
    }
    if (options.removable) {
      const remove = el(
        'button',
        { type: 'button', class: 'button button--secondary no-print', 'aria-label': s('favourites.removeLabel', { name: item?.name ?? slug }) },
        s('favourites.remove'),
      );
      remove.addEventListener('click', () => {
        const store = openStore();
        if (!store) return;
        writeList(store.storage, FAVOURITES_KEY, toggle(readList(store.storage, FAVOURITES_KEY), slug, false, now()));
        renderOwn();
        $('#fav-count').focus();
      });
      li.append(remove);
    }
    return li;
  }

  function renderOwn() {
    const store = openStore();
    const items: (SavedItem & { name?: string })[] = store
      ? readList(store.storage, FAVOURITES_KEY).map((i) => ({ ...i, name: index.get(i.slug)?.name ?? i.slug }))
      : [];
    const sorted = sortItems(items, $<HTMLSelectElement>('#fav-sort').value as FavouriteSort, config.locale);
    $('#fav-count').textContent = s('favourites.count', { count: items.length });
    const list = $<HTMLUListElement>('#fav-list');
    list.replaceChildren(...sorted.map((i) => card(i.slug, { removable: true })));
    $('#fav-empty').hidden = items.length > 0;
    $('#fav-tools').hidden = items.length === 0;
  }

  function renderRecent() {
    const store = openStore();
    const recent = store ? readList(store.storage, RECENT_KEY) : [];
    const list = $<HTMLOListElement>('#recent-list');
    list.replaceChildren(
      ...recent.map((r) => {
        const item = index.get(r.slug);
        const li = el('li', { 'data-recent-item': r.slug });
        if (item) li.append(el('a', { href: item.url }, item.name));
        else li.textContent = s('favourites.unavailableItem', { id: r.slug });
        return li;
      }),
    );
    $('#recent-empty').hidden = recent.length > 0;
    $('#recent-clear').hidden = recent.length === 0;
    $('#fav-recent').hidden = false;
  }

  const copy = (url: string) =>
    copyLink(url, $('#fav-copy-status'), $('#fav-copy-fallback'), { copied: s('favourites.copied'), failed: s('favourites.copyFailed') });

  const params = new URLSearchParams(window.location.search);
  const store = openStore();
  $('#fav-no-storage').hidden = store !== null;
  // What the page says about storage must be true here: on the device, this tab only, or (above) not at all.
  $('#fav-storage').hidden = !store?.persistent;
  $('#fav-tab-only').hidden = store?.persistent !== false;

  if (params.has('ids')) {
    // A shared list: read-only, with unknown or malformed ids reported, never dropped.
    const { slugs, invalid } = parseSharedIds(params.get('ids'));
    $('#fav-shared').hidden = false;
    $('#fav-own').hidden = true;
    $<HTMLUListElement>('#fav-shared-list').replaceChildren(
      ...slugs.map((slug) => card(slug, { removable: false })),
      ...invalid.map((text) => card(text, { removable: false })),
    );
    const save = $<HTMLButtonElement>('#fav-save-shared');
    save.hidden = store === null;
    save.addEventListener('click', () => {
      const current = openStore();
      if (!current) return;
      writeList(
        current.storage,
        FAVOURITES_KEY,
        addAll(
          readList(current.storage, FAVOURITES_KEY),
          slugs.filter((slug) => index.has(slug)),
          now(),
        ),
      );
      $('#fav-status').textContent = s('favourites.savedShared');
    });
  } else {
    $('#fav-own').hidden = false;
    /** A button that empties one list, redraws it and says so. */
    const clearsList = (button: string, key: string, render: () => void, done: string) =>
      $(button).addEventListener('click', () => {
        const current = openStore();
        if (!current) return;
        writeList(current.storage, key, []);
        render();
        $('#fav-status').textContent = s(done);
      });
    clearsList('#recent-clear', RECENT_KEY, renderRecent, 'favourites.recentCleared');
    clearsList('#fav-clear', FAVOURITES_KEY, renderOwn, 'favourites.cleared');
    $('#fav-sort').addEventListener('change', renderOwn);
    const listUrl = () => {
      const current = openStore();
      const slugs = current ? sortItems(readList(current.storage, FAVOURITES_KEY), 'saved', config.locale).map((i) => i.slug) : [];
      return new URL(`${window.location.pathname}${shareQuery(slugs)}`, window.location.href).href;
    };
    $('#fav-copy').addEventListener('click', () => void copy(listUrl()));
    offerShare($('#fav-share'), () => ({ title: document.title, url: listUrl() }));
    renderOwn();
  }
  root.querySelectorAll('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));
  renderRecent();
  document.documentElement.dataset['favouritesReady'] = 'true';
}

/** The favourite buttons on service pages and search results: an action that says what it does, and its wiring. */
import { FAVOURITES_KEY, readList, toggle, writeList } from '../../lib/favourites.ts';
import { format } from '../format.ts';
import { now, openStore } from './store.ts';

/** Shows a favourite button's state: its wording (from its data attributes) says what pressing it will do. */
export function showSaved(button: HTMLButtonElement, saved: boolean): void {
  button.dataset['saved'] = String(saved);
  button.setAttribute('aria-label', (saved ? button.dataset['removeLabel'] : button.dataset['addLabel']) ?? '');
  const text = button.querySelector('[data-favourite-text]');
  if (text) text.textContent = (saved ? button.dataset['remove'] : button.dataset['add']) ?? '';
}

/** Wires every `[data-favourite-toggle]` button under `root`. Buttons stay hidden where storage is unavailable. */
export function initFavouriteToggles(root: ParentNode = document): void {
  const store = openStore();
  if (!store) return;
  const saved = new Set(readList(store.storage, FAVOURITES_KEY).map((i) => i.slug));
  root.querySelectorAll<HTMLButtonElement>('button[data-favourite-toggle]').forEach((button) => {
    const slug = button.dataset['favouriteToggle']!;
    showSaved(button, saved.has(slug));
    button.hidden = false;
    if (button.dataset['wired']) return;
    button.dataset['wired'] = '1';
    button.addEventListener('click', () => {
      const current = openStore();
      if (!current) return;
      const on = button.dataset['saved'] !== 'true';
      writeList(current.storage, FAVOURITES_KEY, toggle(readList(current.storage, FAVOURITES_KEY), slug, on, now()));
      showSaved(button, on);
    });
  });
}

/** A favourite button for a search result (same markup as on service pages). */
export function favouriteButton(slug: string, name: string, strings: Record<string, string>): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'favourite-toggle';
  button.dataset['favouriteToggle'] = slug;
  button.dataset['add'] = strings['favourites.toggleAdd'] ?? '';
  button.dataset['addLabel'] = format(strings['favourites.toggleAddLabel'], { name });
  button.dataset['remove'] = strings['favourites.toggleRemove'] ?? '';
  button.dataset['removeLabel'] = format(strings['favourites.toggleRemoveLabel'], { name });
  button.hidden = true;
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.className = 'favourite-toggle__icon';
  const text = document.createElement('span');
  text.dataset['favouriteText'] = '';
  button.append(icon, text);
  showSaved(button, false);
  return button;
}

/** The service page's script: its "Save to favourites" toggle, and the visit recorded for "Recently viewed". */
import { initFavouriteToggles } from './favourites/toggles.ts';
import { recordRecentView } from './favourites/store.ts';

initFavouriteToggles();
const slug = document.querySelector<HTMLElement>('[data-service]')?.dataset['service'];
if (slug) recordRecentView(slug);

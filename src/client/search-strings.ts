import type { Translate } from '../i18n/strings.ts';
import { uiStringKeys, type UiStringKey } from '../schemas/ui-strings.ts';

/** The UI strings the search scripts need, handed to the browser in a data attribute. */
export function searchPageStrings(t: Translate): Record<string, string> {
  const wanted = uiStringKeys.filter(
    (key: UiStringKey) =>
      key.startsWith('search.') ||
      key.startsWith('siteSearch.') ||
      key.startsWith('cost.') ||
      key.startsWith('favourites.toggle') ||
      key === 'service.allMunicipalities' ||
      key === 'date.updated',
  );
  return Object.fromEntries(wanted.map((key) => [key, t(key)]));
}

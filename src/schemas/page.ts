import { z } from 'astro/zod';
import { STATUS_HINT, publicationStatus, singleLineText, translatable } from './common.ts';
import { labelled as l } from './cms-meta.ts';

/** A page's description, as search engines and link previews show it. */
export const DESCRIPTION = {
  label: { en: 'Description', fi: 'Kuvaus' },
  hint: { en: 'Shown by search engines and in link previews.', fi: 'Näkyy hakukoneissa ja linkkien esikatselussa.' },
};

/** Front matter of a program page `content/pages/<locale>/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  title: l(translatable(singleLineText.max(90, { error: 'must be at most 90 characters' })), { en: 'Title', fi: 'Otsikko' }),
  description: l(translatable(singleLineText.max(160, { error: 'must be at most 160 characters' })), DESCRIPTION.label, DESCRIPTION.hint),
  /** Position in the program navigation; pages without it are not listed there. */
  navOrder: l(
    z.number().int().min(0).optional(),
    { en: 'Position in the program menu', fi: 'Järjestys ohjelman valikossa' },
    { en: 'Leave empty to keep the page out of the menu.', fi: 'Jätä tyhjäksi, jos sivua ei näytetä valikossa.' },
  ),
  status: l(publicationStatus.default('published'), { en: 'Visibility on the site', fi: 'Näkyvyys sivustolla' }, STATUS_HINT),
});

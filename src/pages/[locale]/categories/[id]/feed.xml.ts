import { termFeedRoute } from '../../../../astro/feeds.ts';

/** What changed in the services of one category, as Atom. */
export const { getStaticPaths, GET } = termFeedRoute('categories');

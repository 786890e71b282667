import { termFeedRoute } from '../../../../astro/feeds.ts';

/** What changed in the services of one municipality, as Atom. */
export const { getStaticPaths, GET } = termFeedRoute('municipalities');

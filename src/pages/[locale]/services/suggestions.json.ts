import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { getServices } from '../../../astro/site-data.ts';

/**
 * The words the catalogue search suggests while typing and offers as "did you mean" (src/lib/suggestions.ts): the
 * locale's service names and keywords, each once. Loaded when the visitor starts typing.
 */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const services = await getServices(locale);
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const term of services.flatMap((s) => [s.data.name, ...s.data.keywords])) {
    const key = term.toLocaleLowerCase(locale);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return new Response(JSON.stringify({ terms }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

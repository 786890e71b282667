import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/strings.ts';
import { HSDS_VERSION } from '../../../lib/hsds.ts';
import { OPEN_DATA_LICENCE } from '../../../lib/open-data.ts';
import { localePath } from '../../../lib/urls.ts';

/** The HSDS feed's description (Open Referral's API root): the version and where the services are. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const base = new URL(localePath(locale, 'hsds'), site);
  return new Response(
    JSON.stringify(
      {
        version: HSDS_VERSION,
        profile: 'https://docs.openreferral.org/en/latest/hsds/',
        description: t('hsds.description'),
        language: locale,
        licence: OPEN_DATA_LICENCE,
        services: new URL('services.json', base).href,
        service: new URL('services/{id}.json', base).href.replace('%7Bid%7D', '{id}'),
      },
      null,
      1,
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
};

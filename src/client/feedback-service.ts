/**
 * The feedback form and its thanks page: the page a report was about goes with the form, in the fragment of its
 * action (`/en/feedback/thanks/#back=/en/services/work-trial/`), so the thanks page can link back to it; and the tab
 * keeps that the report was sent, so that Back from the thanks page does not show the sent message as unsent.
 */

/** A service slug as the site writes them. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest path taken as the page a report was about. */
const MAX_PATH = 300;

/**
 * `value` as a path on this site (`/en/services/work-trial/`, with its query if it has one), or undefined for anything
 * else: another site (`https://…`, `//host`), another scheme (`javascript:`), backslashes, spaces or control
 * characters, an over-long value, or the feedback pages themselves.
 */
export function sameSitePath(value: string | null | undefined, origin: string): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s\p{Cc}]/u.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(origin).origin) return undefined;
  if (/^\/[^/]+\/feedback\//.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}`;
}

/** The fragment of the form's action that names the page the report was about. */
export function backFragment(path: string): string {
  return new URLSearchParams({ back: path }).toString();
}

/** The page to link back to, from the thanks page's fragment: a path on this site, or undefined. */
export function backPath(hash: string, origin: string): string | undefined {
  return sameSitePath(new URLSearchParams(hash.replace(/^#/, '')).get('back'), origin);
}

/** What the tab keeps of the last report: 'sending' from the form, 'sent' once the thanks page has shown. */
export interface SentReport {
  state: 'sending' | 'sent';
  /** The page it was about, and the service's name, for the thanks page's link (a name only the form gave). */
  path?: string;
  name?: string;
}

const SENT_KEY = 'spouse-program:feedback-sent';

export function readSentReport(): SentReport | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(SENT_KEY) ?? 'null') as Partial<SentReport> | null;
    if (!value || (value.state !== 'sending' && value.state !== 'sent')) return undefined;
    return {
      state: value.state,
      ...(typeof value.path === 'string' ? { path: value.path } : {}),
      ...(typeof value.name === 'string' ? { name: value.name.slice(0, 200) } : {}),
    };
  } catch {
    // No storage (private mode) or something else in it.
    return undefined;
  }
}

export function writeSentReport(report: SentReport | undefined): void {
  try {
    if (report) sessionStorage.setItem(SENT_KEY, JSON.stringify(report));
    else sessionStorage.removeItem(SENT_KEY);
  } catch {
    // No storage: the thanks page still links back by its fragment; Back shows the form as the browser kept it.
  }
}

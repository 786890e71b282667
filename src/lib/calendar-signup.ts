/**
 * Where a calendar entry's "Sign up" leads: a web page as the entry gives it, or, for an e-mail address, the site's
 * sign-up form for that event, which names the event (a bare mailto: opens an empty message that names nothing).
 */
import type { Locale } from '../i18n/locales.ts';
import { localePath } from './urls.ts';

export const signupFormName = 'event-signup';

/** Whether the entry's sign-up goes through the site's form (its link is an e-mail address). */
export const signsUpByForm = (signup: string): boolean => signup.startsWith('mailto:');

export function signupHref(locale: Locale, id: string, signup: string): string {
  return signsUpByForm(signup) ? localePath(locale, 'calendar', id, 'signup') : signup;
}

export const signupThanksPath = (locale: Locale): string => localePath(locale, 'calendar', 'signed-up');

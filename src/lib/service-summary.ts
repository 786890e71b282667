/**
 * A service in the compact per-locale list `/{locale}/service-summaries.json` (smaller than the open-data file):
 * what the favourites page lists and what printed search results hold. Texts are already in the list's language.
 */
export interface ServiceSummary {
  slug: string;
  url: string;
  name: string;
  summary: string;
  provider: string;
  updated: string;
  languages: string[];
  /** "Free of charge", or the cost with its note. */
  cost: string;
  /** Each place as one line: name, street address, municipality. */
  places: string[];
  /** Each contact as one line: "Label: e-mail, phone, web address". */
  contacts: string[];
}

export const serviceSummariesPath = (locale: string): string => `/${locale}/service-summaries.json`;

/**
 * Reads the headers and redirects of netlify.toml with Netlify's own parsers (@netlify/headers-parser,
 * @netlify/redirect-parser), and applies them the way Netlify does, for the local preview server and the browser
 * tests. Header paths match with the parser's own regular expression (case-insensitive, an optional trailing slash,
 * `*` and `:placeholder`); every matching [[headers]] block applies, a header set by several joined with ", " as
 * Netlify does. Redirects: in order, `force`, status 200/301/302/404 and `conditions.Language` (matched against
 * Accept-Language).
 */
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';

interface HeaderRule {
  for: string;
  forRegExp: RegExp;
  values: Record<string, string>;
}
interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
  languages?: string[];
}
export interface NetlifyConfig {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

/** A parser's errors are the file's: a rule Netlify would refuse must not pass here. */
function refuse(file: string, errors: unknown[]): void {
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => (error instanceof Error ? error.message : String(error))).join('; ')}`);
}

export async function readNetlifyConfig(file: string): Promise<NetlifyConfig> {
  const [headers, redirects] = await Promise.all([
    parseAllHeaders({ headersFiles: [], netlifyConfigPath: file, configHeaders: [], minimal: false }),
    parseAllRedirects({ redirectsFiles: [], netlifyConfigPath: file, configRedirects: [], minimal: false }),
  ]);
  refuse(file, headers.errors);
  refuse(file, redirects.errors);
  return {
    headers: headers.headers.map((rule) => ({ for: rule.for, forRegExp: (rule as { forRegExp: RegExp }).forRegExp, values: rule.values })),
    redirects: (redirects.redirects as { from: string; to: string; status?: number; force?: boolean; conditions?: { Language?: string[] } }[]).map((rule) => ({
      from: rule.from,
      to: rule.to,
      status: rule.status ?? 301,
      force: rule.force ?? false,
      ...(rule.conditions?.Language ? { languages: rule.conditions.Language } : {}),
    })),
  };
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '(.*)');
  return new RegExp(`^${escaped}$`);
}

/** All headers for a URL path: every matching block, in file order. */
export function headersFor(config: NetlifyConfig, pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of config.headers) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = Object.keys(result).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      result[key] = result[key] ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

/** Primary language tags from an Accept-Language header, by preference. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: (tag ?? '').toLowerCase().split('-')[0]!, q: Number.isNaN(q) ? 0 : q };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}

/** The first redirect rule that applies, with its target resolved; rules that a file shadows are skipped. */
export function matchRedirect(
  config: NetlifyConfig,
  pathname: string,
  options: { fileExists: boolean; acceptLanguage?: string | undefined },
): { to: string; status: number } | undefined {
  for (const rule of config.redirects) {
    const match = globToRegExp(rule.from).exec(pathname);
    if (!match) continue;
    if (options.fileExists && !rule.force) continue;
    if (rule.languages) {
      // Netlify matches the browser's most preferred language.
      const preferred = acceptedLanguages(options.acceptLanguage)[0];
      if (!preferred || !rule.languages.includes(preferred)) continue;
    }
    return { to: rule.to.replace(':splat', match[1] ?? ''), status: rule.status };
  }
  return undefined;
}

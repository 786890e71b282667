/**
 * Reads the headers and redirects of netlify.toml and applies them the way Netlify does, for the local
 * preview server and the browser tests. Covered: glob paths (`*`, `:splat`), every matching [[headers]] block
 * (a header set by several is combined with ", " as Netlify does), redirect order, `force`, status 200/301/302/404
 * and `conditions.Language` (matched against Accept-Language).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}
export interface RedirectRule {
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

export function readNetlifyConfig(file: string): NetlifyConfig {
  const toml = parse(readFileSync(file, 'utf8')) as {
    headers?: { for: string; values: Record<string, string> }[];
    redirects?: { from: string; to: string; status?: number; force?: boolean; conditions?: { Language?: string[] } }[];
  };
  return {
    headers: (toml.headers ?? []).map((h) => ({ for: h.for, values: h.values })),
    redirects: (toml.redirects ?? []).map((r) => ({
      from: r.from,
      to: r.to,
      status: r.status ?? 301,
      force: r.force ?? false,
      ...(r.conditions?.Language ? { languages: r.conditions.Language } : {}),
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
    if (!globToRegExp(rule.for).test(pathname)) continue;
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

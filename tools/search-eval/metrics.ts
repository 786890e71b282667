/**
 * The search evaluation's figures (issue 18), from what each query returned: recall@10 (the share of a query's
 * relevant services in its first ten results), whether a relevant service is in the top three, and noise (the
 * share of the catalogue the query matches). Pure: the browser run is in run.ts.
 */
export interface EvalQuery {
  locale: string;
  kind: string;
  q: string;
  /** Slugs of the services a good search returns. */
  relevant: string[];
  /** Slugs of services clearly wrong for the query. */
  irrelevant?: string[];
}

export interface QueryOutcome {
  query: EvalQuery;
  /** Result slugs in ranked order (at least the first ten). */
  ranked: string[];
  /** How many services the query matched in all. */
  matched: number;
  /** How many services the locale's catalogue has. */
  catalogue: number;
}

export interface Figures {
  locale: string;
  /** A kind of query, or `all`. */
  kind: string;
  queries: number;
  recallAt10: number;
  top3: number;
  noise: number;
  /** The share of queries with a clearly irrelevant service in the top five. */
  irrelevantTop5: number;
  /** The share of queries that found nothing. */
  empty: number;
  /** The queries with no relevant service in the first ten. */
  misses: string[];
}

export function scoreQuery(outcome: QueryOutcome): { recall: number; top3: boolean; noise: number; irrelevantTop5: boolean; empty: boolean } {
  const top10 = outcome.ranked.slice(0, 10);
  const found = outcome.query.relevant.filter((slug) => top10.includes(slug)).length;
  return {
    recall: found / outcome.query.relevant.length,
    top3: outcome.ranked.slice(0, 3).some((slug) => outcome.query.relevant.includes(slug)),
    noise: outcome.catalogue ? outcome.matched / outcome.catalogue : 0,
    irrelevantTop5: outcome.ranked.slice(0, 5).some((slug) => outcome.query.irrelevant?.includes(slug)),
    empty: outcome.ranked.length === 0,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

function figuresOf(locale: string, kind: string, outcomes: QueryOutcome[]): Figures {
  const scores = outcomes.map(scoreQuery);
  return {
    locale,
    kind,
    queries: outcomes.length,
    recallAt10: mean(scores.map((s) => s.recall)),
    top3: mean(scores.map((s) => (s.top3 ? 1 : 0))),
    noise: mean(scores.map((s) => s.noise)),
    irrelevantTop5: mean(scores.map((s) => (s.irrelevantTop5 ? 1 : 0))),
    empty: mean(scores.map((s) => (s.empty ? 1 : 0))),
    misses: outcomes.filter((_, i) => scores[i]!.recall === 0).map((o) => o.query.q),
  };
}

/** Figures per locale and kind of query, each locale followed by its `all` row. */
export function summarise(outcomes: QueryOutcome[]): Figures[] {
  const rows: Figures[] = [];
  for (const locale of [...new Set(outcomes.map((o) => o.query.locale))]) {
    const inLocale = outcomes.filter((o) => o.query.locale === locale);
    for (const kind of [...new Set(inLocale.map((o) => o.query.kind))]) {
      rows.push(
        figuresOf(
          locale,
          kind,
          inLocale.filter((o) => o.query.kind === kind),
        ),
      );
    }
    rows.push(figuresOf(locale, 'all', inLocale));
  }
  return rows;
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** The figures as a Markdown table, misses named. */
export function figuresTable(rows: Figures[]): string {
  const lines = [
    '| locale | kind | queries | recall@10 | relevant in top 3 | noise (share matched) | irrelevant in top 5 | empty | no relevant in top 10 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const name = row.kind === 'all' ? `**all**` : row.kind;
    lines.push(
      `| ${row.locale} | ${name} | ${row.queries} | ${percent(row.recallAt10)} | ${percent(row.top3)} | ${percent(row.noise)} | ${percent(row.irrelevantTop5)} | ${percent(row.empty)} | ${row.misses.map((q) => `“${q}”`).join(', ')} |`,
    );
  }
  return lines.join('\n');
}

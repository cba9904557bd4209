/**
 * The national picture: every authority's latest grades as at a date, and
 * year by year how many authorities held each grade. Both come from the
 * grade-list core (src/query/grade-lists.ts `listByGrade`, as "which
 * authorities are good as at 31 March 2025" is answered), so what "as at"
 * counts is decided there, once, for the chat answers and these pages alike.
 */
import type { GradeAnswer } from '../answer-types.ts';
import { AUTHORITIES, authorityByName, REGIONS } from '../authorities.ts';
import type { AreaKey } from '../model.ts';
import type { CorpusContext } from '../query/context.ts';
import { listByGrade } from '../query/grade-lists.ts';
import type { GradeQuery } from '../query/grade-questions.ts';
import { authoritySlug } from './anchor.ts';
import { NATIONAL_AREAS, type GradeCount, type GradeCountOptions, type NationalOptions, type NationalRow, type NationalView } from './types.ts';

/** Views kept per loaded index (a reload makes a new context, so nothing stale survives it). */
const CACHE_SIZE = 200;
const caches = new WeakMap<CorpusContext, Map<string, unknown>>();

function cached<T>(context: CorpusContext, key: string, make: () => T): T {
  let cache = caches.get(context);
  if (cache === undefined) {
    cache = new Map();
    caches.set(context, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  // Bounded: dates and regions come from URLs. The oldest entry goes first.
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** The grade-list question "which authorities [in region] have a grade for `area` [as at date]". */
function listQuery(area: AreaKey, asAt: string | null, region: string | null): GradeQuery {
  return {
    intent: { kind: 'list', grades: [], region, neighboursOf: null },
    authorities: [],
    area,
    year: null,
    range: asAt === null ? null : { kind: 'as-at', date: asAt },
    topic: [],
  };
}

function list(context: CorpusContext, area: AreaKey, asAt: string | null, region: string | null): GradeAnswer {
  return cached(context, `list|${area}|${asAt ?? ''}|${region ?? ''}`, () => listByGrade(context, listQuery(area, asAt, region)));
}

/** A region name as the registry spells it, or null for one it does not know. */
export function knownRegion(region: string | null | undefined): string | null {
  if (region === null || region === undefined) return null;
  const wanted = region.trim().toLowerCase();
  return REGIONS.find((r) => r.toLowerCase() === wanted) ?? null;
}

/** Every authority's grade in each area, as at `asAt` (null: its latest), in a region or England. */
export function nationalView(context: CorpusContext, options: NationalOptions = {}): NationalView {
  const asAt = options.asAt ?? null;
  const region = knownRegion(options.region);
  const rows = new Map<string, NationalRow>();
  let overall: GradeAnswer | null = null;
  for (const area of NATIONAL_AREAS) {
    const answer = list(context, area, asAt, region);
    if (area === 'overall') overall = answer;
    for (const row of answer.rows) {
      let entry = rows.get(row.authority);
      if (entry === undefined) {
        entry = { authority: row.authority, slug: authoritySlug(row.authority), region: authorityByName(row.authority)?.region ?? '', grades: {} };
        rows.set(row.authority, entry);
      }
      entry.grades[area] = row;
    }
  }
  return {
    asAt,
    region,
    rows: [...rows.values()].sort((a, b) => a.authority.localeCompare(b.authority)),
    headline: overall?.headline ?? '',
    notes: overall?.notes ?? [],
    regions: [...new Set(AUTHORITIES.map((a) => a.region))].sort(),
  };
}

/** The years counted: from the first report's to this one. */
function years(context: CorpusContext, today: string): number[] {
  const first = Math.min(...context.reports.map((r) => r.year));
  const last = Number(today.slice(0, 4));
  const out: number[] = [];
  for (let y = Number.isFinite(first) ? first : last; y <= last; y++) out.push(y);
  return out;
}

/** Year by year, at the same day of each year, how many authorities held each grade. */
export function gradeCounts(context: CorpusContext, options: GradeCountOptions = {}, today = new Date().toISOString().slice(0, 10)): GradeCount[] {
  const area = options.area ?? 'overall';
  const region = knownRegion(options.region);
  const day = /^\d\d-\d\d$/.test(options.day ?? '') ? (options.day as string) : '03-31';
  const counts: GradeCount[] = [];
  for (const year of years(context, today)) {
    const date = `${year}-${day}`;
    if (date > today) continue;
    const answer = list(context, area, date, region);
    const tally: GradeCount['counts'] = {};
    for (const row of answer.rows) tally[row.grade] = (tally[row.grade] ?? 0) + 1;
    counts.push({ date, counts: tally, total: answer.rows.length });
  }
  return counts;
}

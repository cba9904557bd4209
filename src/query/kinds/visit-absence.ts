/**
 * Lists by absence: "which councils haven't had a full inspection since
 * 2018?", "who has never had a focused visit?", "which LAs have gone longest
 * without an ILACS?". The answer is the councils with none of the kind asked
 * in the time asked, each shown by its latest such report before then (cited,
 * oldest first, so the longest without leads), computed from the reports'
 * own dates as every list is. Without this reading, the words "haven't had a
 * full inspection since 2018" listed every inspection since 2018.
 */
import type { VisitRow } from '../../kind-types.ts';
import type { StoredReport } from '../../search/index-file.ts';
import { AUTHORITIES } from '../../authorities.ts';
import type { CorpusContext } from '../context.ts';
import { existedOn } from '../grades.ts';
import { carriedOut, visitRow } from './kind-helpers.ts';

/** A kind of report not had, asked across councils: "haven't had", "never been inspected", "gone (longest) without". */
const NOT_HAD =
  / (?:haven t|havent|have not|hasn t|hasnt|has not|had not|hadn t|not|never|yet to|still not|still to) (?:yet |ever |even |once )?(?:had|have|got|get|received|receive|been (?:given|visited|inspected|through)|seen) (?:a |an |any |one |their |its |another )?| (?:gone|been|go|went|going|gone the longest|gone longest|been the longest) (?:longest |the longest |longer )?without (?:a |an |any )?| no (?:full |ilacs |sif )?(?:inspections?|ilacs|sif|focused visits?|fvs?|visits?) (?:since|in|for|from) | (?:had|have|has|got|received) no (?:full |ilacs |sif )?(?:inspections?|ilacs|sif|focused visits?|fvs?|visits?) /;

/** "Which LAs have gone longest without an ILACS?": every council by its latest, oldest first, rather than those with none. */
const LONGEST = / (?:longest|the longest|longer|most time|longest time) (?:time )?without | (?:longest|longest time|longest gap|most time) since (?:their|its|a|an|the) /;

/** Whether the question ranks councils by how long since their latest, rather than asking which had none. */
export function asksLongestWithout(lower: string): boolean {
  return LONGEST.test(lower);
}

/** Whether the question asks which councils have had none of what it lists. */
export function asksWhichHaveNone(lower: string): boolean {
  return NOT_HAD.test(lower) && !/ (?:inspected|visited) (?:in|during|since) (?:the|their|its) /.test(lower);
}

/** What the absence list shows: the councils with none, each by its latest such report before (rows), and those with none ever. */
export interface Absence {
  rows: VisitRow[];
  /** How many councils had none in the time asked. */
  count: number;
  /** Councils with no report of the kind in the index at all. */
  never: string[];
}

/**
 * The councils of `candidates` (current councils when null) with no report `listed` dated within `inWindow`
 * (`dated` gives the date a report is listed by), oldest latest report first; with `longest`, every council that has
 * had one, by its latest ("which LAs have gone longest without an ILACS?").
 */
export function councilsWithNone(
  context: CorpusContext,
  listed: (r: StoredReport) => boolean,
  candidates: ReadonlySet<string> | null,
  leftOut: ReadonlySet<string>,
  inWindow: (date: string) => boolean,
  dated: (r: StoredReport) => string,
  longest = false,
): Absence {
  const names = AUTHORITIES.filter((a) => existedOn(a.name, null) && (candidates === null || candidates.has(a.name)) && !leftOut.has(a.name)).map((a) => a.name);
  const latest = new Map<string, StoredReport>();
  const had = new Set<string>();
  for (const r of context.reports) {
    if (!listed(r)) continue;
    if (inWindow(dated(r))) had.add(r.authority);
    const before = latest.get(r.authority);
    if (before === undefined || dated(r) > dated(before)) latest.set(r.authority, r);
  }
  const none = names.filter((name) => !had.has(name) || (longest && latest.has(name)));
  const shown = none.flatMap((name) => latest.get(name) ?? []).sort((a, b) => carriedOut(a).localeCompare(carriedOut(b)) || a.authority.localeCompare(b.authority));
  return { rows: shown.map(visitRow), count: none.length, never: none.filter((name) => !latest.has(name)) };
}

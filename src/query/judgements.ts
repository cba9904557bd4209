/**
 * Judgement (grade) lookups and the "What needs to improve" lists.
 */
import type { Hit, ImprovementsAnswer, JudgementsAnswer } from '../answer-types.ts';
import { namesOpenedBy, whichQuestion } from '../authorities.ts';
import type { AreaKey } from '../model.ts';
import { coversArea, inspectionSummary, inYear, makeHit, understandIn, type CorpusContext } from './context.ts';
import { correctionNotice } from './ask.ts';
import { closestAuthorities, noReportsFor, successorsOf } from './suggest.ts';
import type { StoredReport } from '../search/index-file.ts';

function unknownAuthority(
  context: CorpusContext,
  typed: string,
  named: readonly string[] = [],
): { ok: false; error: { message: string; suggestions: string[] } } {
  const shown = typed.trim().slice(0, 60);
  return {
    ok: false,
    error: {
      message:
        named.length > 0
          ? noReportsFor(named)
          : shown === ''
            ? 'Which local authority? For example: "Bury", "Southend care leavers", "Somerset 2017".'
            : `I don't have reports for "${shown}". Did you mean one of these?`,
      suggestions: successorsOf(named).length > 0 ? successorsOf(named) : closestAuthorities(context, typed),
    },
  };
}

/**
 * An authority argument that is only a word two authorities' names start
 * with ("kingston": Kingston upon Thames and Kingston upon Hull) asks which
 * is meant rather than guessing. Null when the argument says more.
 */
function whichOf(context: CorpusContext, typed: string): { ok: false; error: { message: string; suggestions: string[] } } | null {
  const parts = typed.trim().split(/\s+/).filter((w) => w !== '');
  const words = parts.filter((w) => !/^\d{4}$/.test(w));
  const year = parts.find((w) => /^\d{4}$/.test(w));
  const word = words[0];
  if (words.length !== 1 || word === undefined) return null;
  const names = namesOpenedBy(word, context.authorities.map((a) => a.name));
  if (names.length === 0) return null;
  const suggestions = names.map((n) => (year === undefined ? n : `${n} ${year}`));
  return { ok: false, error: { message: whichQuestion(word, names), suggestions } };
}

/** Area words for the judgement table, beyond what `understand` already recognises. */
function areaOf(areas: readonly AreaKey[], words: readonly string[]): AreaKey | null {
  // Prefer the most specific: care leavers and adoption sit inside the wider care area in SIF tables.
  for (const key of ['care-leavers', 'adoption', 'children-in-care', 'help-and-protection', 'leadership', 'overall'] as const) {
    if (areas.includes(key)) return key;
  }
  const joined = words.join(' ');
  if (/\b(?:protection|safeguarding)\b/.test(joined)) return 'help-and-protection';
  if (/\b(?:care|looked)\b/.test(joined)) return 'children-in-care';
  if (/\b(?:leaders?|management|governance)\b/.test(joined)) return 'leadership';
  return null;
}

/** Judgements of an authority: "Bury", "Bury care leavers", "Southend 2016". */
export function judgements(context: CorpusContext, query: unknown): JudgementsAnswer {
  const text = typeof query === 'string' ? query : '';
  const ambiguous = whichOf(context, text);
  if (ambiguous !== null) return ambiguous;
  const u = understandIn(context, text, { authorityArgument: true });
  if (u.ambiguous !== undefined) return { ok: false, error: { message: whichQuestion(u.ambiguous.typed, u.ambiguous.names), suggestions: u.ambiguous.names } };
  const authority = u.authorities[0];
  if (authority === undefined) return unknownAuthority(context, text, u.unknownAuthorities);
  const area = areaOf(u.areas, u.words);
  let reports = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind !== 'council-paper');
  // "Latest" means the latest graded inspection: a later focused visit has no grades to show.
  if (u.year === 'latest') reports = reports.filter((r) => r.kind !== 'focused-visit').slice(0, 1);
  else if (typeof u.year === 'number') {
    const wanted = u.year;
    reports = reports.filter((r) => inYear(r, wanted));
    if (reports.length === 0) {
      const years = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind !== 'council-paper').map((r) => r.year);
      return {
        ok: false,
        error: {
          message: `I have no ${authority} inspection from ${wanted}.`,
          suggestions: years.map((y) => `${authority} ${y}`),
        },
      };
    }
  }
  const inspections = reports.map((report) => {
    const summary = inspectionSummary(report);
    if (area !== null && area !== 'overall') summary.judgements = summary.judgements.filter((j) => coversArea(j.areaKey, area));
    return summary;
  });
  const notice = correctionNotice(u);
  return { ok: true, authority, area, year: typeof u.year === 'number' ? u.year : null, inspections, ...(notice === undefined ? {} : { notice }) };
}

/** The latest report's "What needs to improve" list or recommendations, each cited. */
export function improvements(context: CorpusContext, authorityText: unknown): ImprovementsAnswer {
  const text = typeof authorityText === 'string' ? authorityText : '';
  const ambiguous = whichOf(context, text);
  if (ambiguous !== null) return ambiguous;
  const u = understandIn(context, text, { authorityArgument: true });
  if (u.ambiguous !== undefined) return { ok: false, error: { message: whichQuestion(u.ambiguous.typed, u.ambiguous.names), suggestions: u.ambiguous.names } };
  const authority = u.authorities[0];
  if (authority === undefined) return unknownAuthority(context, text);
  const inspections = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.kind !== 'council-paper');
  const year = u.year;
  const report = typeof year === 'number' ? inspections.find((r) => inYear(r, year)) : inspections[0];
  if (report === undefined) {
    return {
      ok: false,
      error: { message: `I have no ${authority} inspection from ${String(year)}.`, suggestions: inspections.map((r) => `${authority} ${r.year}`) },
    };
  }
  const items = improvementItems(context, report);
  if (items.length === 0) {
    return {
      ok: false,
      error: { message: `The ${report.year} ${authority} report has no list of improvements or recommendations I can read.`, suggestions: [] },
    };
  }
  return { ok: true, authority, report: inspectionSummary(report), heading: items[0]?.section ?? 'What needs to improve', items };
}

/** A report's "What needs to improve" items (or recommendations, or areas for priority action), each cited. */
export function improvementItems(context: CorpusContext, report: StoredReport): Hit[] {
  const items: Hit[] = [];
  for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount; i++) {
    const kind = context.paragraphs[i]?.kind;
    if (kind !== 'improvement' && kind !== 'recommendation') continue;
    const hit = makeHit(context, i, [], 0);
    if (hit !== undefined) items.push(hit);
  }
  return items;
}

/**
 * Comparing authorities: two or more named ("compare Leeds and Bury on care
 * leavers"), or one with its statistical neighbours ("how does Oldham compare
 * with its neighbours on the front door"). Each authority's latest grades,
 * and the best cited paragraph from each on the topic.
 */
import type { GradeAnswer, GradeRow, Hit, InspectionSummary, NeighbourRow } from '../answer-types.ts';
import { authorityByName, statisticalNeighbours } from '../authorities.ts';
import type { CorpusContext } from './context.ts';
import type { GradeQuery, TopicSearch } from './grade-questions.ts';
import { AREA_WORDS, asAtNotes, gradedInspections, inTime, rowsFor, summaryFor } from './grades.ts';

/** Compare the authorities of `query` (with the neighbours of one, when asked), on its topic. */
export function compareAuthorities(context: CorpusContext, query: GradeQuery, search: TopicSearch): { grades: GradeAnswer; results: Hit[] } {
  const area = query.area;
  const neighboursOf = query.intent.neighboursOf;
  // "compare Oldham with its neighbours apart from Bolton": the neighbours left out are not compared.
  const leftOut = new Set(query.leftOut ?? []);
  const neighbours: NeighbourRow[] =
    neighboursOf === null
      ? []
      : statisticalNeighbours(neighboursOf)
          .filter((n) => !leftOut.has(n.name))
          .map((n) => ({ authority: n.name, closeness: n.closeness }));
  const authorities = [...new Set([...query.authorities, ...neighbours.map((n) => n.authority)])];
  const rows: GradeRow[] = [];
  const inspections: InspectionSummary[] = [];
  const results: Hit[] = [];
  const missing: string[] = [];
  const noParagraph: string[] = [];
  const unread: string[] = [];
  const areas = area === 'overall' ? [] : [area];
  for (const authority of authorities) {
    // The latest graded inspection (as at a date asked), or the one before it when the question asks for that.
    const graded = gradedInspections(context, authority).filter((r) => inTime(r, null, query.range?.kind === 'as-at' ? query.range : null));
    const latest = graded[query.previous === true ? 1 : 0];
    if (latest === undefined) {
      missing.push(authority);
      continue;
    }
    rows.push(...rowsFor(latest, area, query.everyArea));
    if (latest.gradesUnread !== undefined && rowsFor(latest, area).length === 0) unread.push(`${authority} ${latest.year}`);
    inspections.push(summaryFor(latest, area));
    if (query.topic.length > 0) {
      const hit = search(authority, query.topic, areas);
      if (hit !== undefined) results.push(hit);
      else noParagraph.push(authority);
    }
  }
  const notes: string[] = asAtNotes(context, query.range?.kind === 'as-at' ? query.range : null);
  if (neighboursOf !== null) notes.push('Statistical neighbours are the Department for Education’s (2025), closest first.');
  if (missing.length > 0) {
    const unknown = missing.filter((m) => authorityByName(m) === undefined);
    const known = missing.filter((m) => authorityByName(m) !== undefined);
    if (known.length > 0) notes.push(`No ${query.previous === true ? 'graded inspection before the latest' : 'graded inspection'} in this index for: ${known.join(', ')}.`);
    if (unknown.length > 0) notes.push(`Not an authority I know: ${unknown.join(', ')}.`);
  }
  if (unread.length > 0) notes.push(`The judgement table could not be read in the latest inspection of: ${unread.join(', ')}.`);
  if (noParagraph.length > 0) notes.push(`No paragraph on ${query.topic.join(' ')} in the reports of: ${noParagraph.join(', ')}.`);
  const leaving = leftOut.size > 0 ? ` (leaving out ${[...leftOut].join(' and ')})` : '';
  const who =
    neighboursOf !== null ? `${neighboursOf} and its statistical neighbours${leaving}` : authorities.join(', ').replace(/, ([^,]*)$/, ' and $1');
  const on = query.topic.length > 0 ? ` on ${query.topic.join(' ')}` : '';
  return {
    grades: {
      kind: 'compare',
      headline: `${who}${on}: the ${query.previous === true ? 'graded inspection before the latest' : 'latest graded inspection'} of each, ${AREA_WORDS[area]} grade${query.topic.length > 0 ? ', and the best paragraph from each' : ''}.`,
      area,
      rows,
      ...(neighbours.length > 0 ? { neighbours } : {}),
      inspections,
      notes,
    },
    results,
  };
}

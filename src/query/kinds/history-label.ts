/**
 * Recency on general topics (issue #17, kind 9): when a question names no
 * time, the paragraphs that come from before their authority's latest
 * inspection are history, and the answer says which ("Results 2 and 3 are
 * history: from before Sandwell's latest inspection, Sandwell 2025 ILACS.").
 * Ranking prefers the latest inspection (rank.ts); this only labels.
 */
import type { AskAnswer, Hit } from '../../answer-types.ts';
import { latestInspection, reportCitation, type CorpusContext } from '../context.ts';
import { carriedOut } from './kind-helpers.ts';

/** Whether a result predates its authority's latest inspection (a focused visit since is not history). */
function isHistory(context: CorpusContext, hit: Hit): boolean {
  const latest = latestInspection(context, hit.authority);
  const report = context.reportsById.get(hit.reportId);
  if (latest === undefined || report === undefined || report.id === latest.id) return false;
  // A council paper about the latest inspection belongs with it.
  if (report.kind === 'council-paper' && report.year >= latest.year) return false;
  return carriedOut(report) < carriedOut(latest);
}

/** The history line for the results shown, or null when none is history (or the question named a time). */
export function historyLine(context: CorpusContext, answer: AskAnswer, offset: number): string | null {
  if (answer.understood.year !== null || (answer.understood.range ?? null) !== null || answer.grades !== undefined) return null;
  const older = answer.results.map((hit, i) => ({ hit, n: offset + i + 1 })).filter(({ hit }) => isHistory(context, hit));
  if (older.length === 0) return null;
  const numbers = older.map((o) => o.n);
  const list = numbers.length === 1 ? `Result ${numbers[0]} is` : `Results ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} are`;
  const authorities = [...new Set(older.map((o) => o.hit.authority))];
  const latest = authorities.map((a) => latestInspection(context, a)).filter((r) => r !== undefined);
  const since = authorities.length === 1 && latest[0] !== undefined ? `${authorities[0]}'s latest inspection, ${reportCitation(latest[0])}` : 'each authority’s latest inspection';
  return `${list} history: from before ${since}.`;
}

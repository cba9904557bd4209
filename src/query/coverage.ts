/**
 * What the index covers, in one line for help texts: "All 153 English local
 * authorities: 775 reports from 2013 to 2026 (434 inspections, 341 focused
 * visits)". A list of every authority and its reports does not fit a chat
 * message once the index is national; this line does.
 */
import type { ReportInfo } from '../answer-types.ts';
import { AUTHORITIES } from '../authorities.ts';
import type { ReportKind } from '../model.ts';

/** The authorities that exist today (those not taken over by another). */
const CURRENT = new Set(AUTHORITIES.filter((a) => a.until === null && a.successors.length === 0).map((a) => a.name));

const INSPECTIONS: ReadonlySet<ReportKind> = new Set(['lac-2012', 'safeguarding-2012', 'sif', 'ilacs', 'ilacs-2026']);

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The one-line description of `authorities` and `reports`. */
export function describeCoverage(authorities: readonly string[], reports: readonly ReportInfo[]): string {
  if (reports.length === 0) return 'No reports are loaded.';
  const all = CURRENT.size > 0 && [...CURRENT].every((name) => authorities.includes(name));
  const who = all ? `All ${CURRENT.size} English local authorities` : count(authorities.length, 'local authority', 'local authorities');
  const years = reports.map((r) => r.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const inspections = reports.filter((r) => INSPECTIONS.has(r.kind)).length;
  const visits = reports.filter((r) => r.kind === 'focused-visit').length;
  const other = reports.length - inspections - visits;
  const parts = [count(inspections, 'inspection', 'inspections'), ...(visits > 0 ? [count(visits, 'focused visit', 'focused visits')] : []), ...(other > 0 ? [count(other, 'other document', 'other documents')] : [])];
  const span = from === to ? `from ${from}` : `from ${from} to ${to}`;
  return `${who}: ${count(reports.length, 'report', 'reports')} ${span} (${parts.join(', ')}).`;
}

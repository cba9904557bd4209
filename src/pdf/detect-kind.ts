/**
 * Which framework a PDF report belongs to, decided from its title page text
 * (never from its date or file name): the 2012-2013 looked-after-children and
 * safeguarding inspections, the 2013-2018 single inspection framework (SIF),
 * ILACS, and the reformed 2026 framework, whose judgement table has four
 * graded areas and no overall effectiveness row.
 */
import type { ReportKind } from '../model.ts';

/** The kind of a report from its first page's text, or null when it is not an Ofsted children's services report. */
export function detectKind(firstPage: string): ReportKind | null {
  const t = firstPage.replace(/\s+/g, ' ');
  if (/Inspection of looked after children(?:'s)? services/i.test(t)) return 'lac-2012';
  if (/Inspection of safeguarding (?:and looked after children )?services|inspection of (?:local authority )?arrangements for the protection of children/i.test(t)) {
    return 'safeguarding-2012';
  }
  if (/(?:Re-)?inspection of services for children in need of help and protection/i.test(t)) return 'sif';
  // "Inspection of local authority children's services" (name on another line), "Inspection of Kent County
  // Council children's services", "Inspection of Bradford Children and Families Trust".
  const ilacsTitle = /Inspection of (?:.{2,80}? )?children'?s (?:social care )?services|Inspection of .{2,60}? Trust\b/i.test(t);
  if (ilacsTitle && /\bJudgement\s+Grade\b/i.test(t)) {
    return /\bOverall effectiveness\b/i.test(t) ? 'ilacs' : 'ilacs-2026';
  }
  return null;
}

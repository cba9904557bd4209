/**
 * Which framework a PDF report belongs to, decided from its title page text
 * (never from its date or file name): the 2012-2013 looked-after-children and
 * safeguarding inspections, the 2013-2018 single inspection framework (SIF),
 * ILACS, and the reformed 2026 framework, whose judgement table has four
 * graded areas and no overall effectiveness row.
 */
import type { ReportKind } from '../model.ts';

/**
 * The kind of a report from its first page's text, or null when it is not an
 * Ofsted children's services report. ILACS and the 2026 framework both come
 * back as 'ilacs': only the judgement table tells them apart.
 */
export function detectKind(firstPage: string): ReportKind | null {
  const t = firstPage.replace(/\s+/g, ' ');
  if (/Inspection of looked after children(?:'s)? services/i.test(t)) return 'lac-2012';
  if (/Inspection of safeguarding (?:and looked after children )?services|inspection of (?:local authority )?arrangements for the protection of children/i.test(t)) {
    return 'safeguarding-2012';
  }
  if (/(?:Re-)?inspection of services for children in need of help and protection/i.test(t)) return 'sif';
  // A board reviewed on its own (Surrey 2015), not as the second part of a SIF report.
  if (/^\s*\S.{0,80}?Safeguarding Children Board\s+Review of the effectiveness of the Local Safeguarding Children Board/i.test(t)) return 'lscb-review';
  // "Inspection of local authority children's services" (name on another line), "Inspection of Kent County
  // Council children's services", "Inspection of Bradford Children and Families Trust".
  const ilacsTitle = /Inspection of (?:.{2,80}? )?children'?s (?:social care )?services|Inspection of .{2,60}? Trust\b/i.test(t);
  // ILACS or the reformed 2026 framework: parse-pdf tells them apart by the judgement table's rows.
  if (ilacsTitle && /\bJudgement\s+Grade\b/i.test(t)) return 'ilacs';
  return null;
}

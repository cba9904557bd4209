/**
 * Looking up one paragraph by reference: "bury-2025 13", "bury-2025 ¶13",
 * "bury-2025 Summary ¶2", or a citation pasted back ("Bury 2025 ILACS, ¶13").
 */
import type { ParagraphAnswer } from '../answer-types.ts';
import type { StoredReport } from '../search/index-file.ts';
import { makeHit, understandIn, type CorpusContext } from './context.ts';

/** Labels compare without case, spaces or "¶": "summary ¶2" ~ "Summary¶2" ~ "summary 2". */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/[¶\s,.]/g, '');
}

function findReport(context: CorpusContext, head: string, rest: string): { report: StoredReport; label: string } | undefined {
  const byId = context.reportsById.get(head.toLowerCase());
  if (byId !== undefined) return { report: byId, label: rest };
  // A citation: "Bury 2025 ILACS, ¶13" → authority and year, then the label after the comma.
  const comma = `${head} ${rest}`.lastIndexOf(',');
  if (comma < 0) return undefined;
  const whole = `${head} ${rest}`;
  const u = understandIn(context, whole.slice(0, comma));
  const authority = u.authorities[0];
  if (authority === undefined || typeof u.year !== 'number') return undefined;
  const kindWords = whole.slice(0, comma).toLowerCase();
  const reports = (context.reportsByAuthority.get(authority) ?? []).filter((r) => r.year === u.year);
  const report = reports.find((r) => (r.kind === 'council-paper') === kindWords.includes('paper')) ?? reports[0];
  return report === undefined ? undefined : { report, label: whole.slice(comma + 1) };
}

/** One paragraph, whole. Never throws. */
export function paragraph(context: CorpusContext, reference: unknown): ParagraphAnswer {
  const text = (typeof reference === 'string' ? reference : '').trim().slice(0, 200);
  const [head = '', ...restParts] = text.split(/[\s#]+/);
  const found = findReport(context, head, restParts.join(' '));
  if (found === undefined) {
    return {
      ok: false,
      error: {
        message:
          text === ''
            ? 'Which paragraph? Give a report id and paragraph, e.g. "bury-2025 13".'
            : `I could not find a report for "${text.slice(0, 60)}". Use a report id and paragraph, e.g. "bury-2025 13".`,
        suggestions: context.reports.slice(0, 5).map((r) => `${r.id} 1`),
      },
    };
  }
  const { report, label } = found;
  const wanted = labelKey(label);
  for (let i = report.firstParagraph; i < report.firstParagraph + report.paragraphCount; i++) {
    const p = context.paragraphs[i];
    if (p !== undefined && labelKey(p.label) === wanted) {
      const hit = makeHit(context, i, [], 0);
      if (hit !== undefined) return { ok: true, hit };
    }
  }
  const labels = context.paragraphs.slice(report.firstParagraph, report.firstParagraph + report.paragraphCount).map((p) => p.label);
  return {
    ok: false,
    error: {
      message: `${report.id} has no paragraph "${label.trim().slice(0, 40)}". It has ${labels.length} paragraphs, from "${labels[0] ?? ''}" to "${labels[labels.length - 1] ?? ''}".`,
      suggestions: labels.slice(0, 5).map((l) => `${report.id} ${l}`),
    },
  };
}

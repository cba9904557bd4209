/**
 * Plain-text renderings of core answers for the terminal: the `ask` and
 * `judgement` commands and the console chat share them.
 */
import { formatGradeAnswer } from './format-grades.ts';
import type { AskAnswer, CoreError, Hit, ImprovementsAnswer, InspectionSummary, JudgementsAnswer, ParagraphAnswer, Span } from '../../src/index.ts';
import { answerPreface } from '../../src/index.ts';
import { kindBody } from '../kind-view.ts';
import { links } from '../citation-links.ts';
import { formatKind, formatOffer } from './format-kind.ts';

export interface TextStyle {
  /** Wrap matched terms (ANSI bold on a terminal, nothing when piped). */
  bold: (s: string) => string;
}

export const ANSI_STYLE: TextStyle = { bold: (s) => `\u001b[1m${s}\u001b[22m` };
export const PLAIN_STYLE: TextStyle = { bold: (s) => s };

/** The style for a stream: bold only on a terminal. */
export function styleFor(stream: { isTTY?: boolean }): TextStyle {
  return stream.isTTY === true ? ANSI_STYLE : PLAIN_STYLE;
}

/** `text` with each span wrapped by `style.bold`. */
export function highlight(text: string, spans: readonly Span[], style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + style.bold(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

function dateOf(hit: Pick<Hit, 'published' | 'inspectionStart'>): string {
  const date = hit.published ?? hit.inspectionStart;
  return date === null ? '' : ` (${hit.published !== null ? 'published' : 'inspected'} ${date})`;
}

export function formatHit(hit: Hit, n: number, style: TextStyle, full = false): string {
  const body = full ? highlight(hit.text, hit.textSpans, style) : highlight(hit.quote, hit.quoteSpans, style);
  // With PUBLIC_URL, where to read the paragraph in place; without it the reference alone, as before.
  const link = links().publicUrl === null ? null : links().paragraph(hit);
  return `${n}. “${body}”\n   — ${hit.citation}${dateOf(hit)}, ${hit.section} [${hit.reference}]${link === null ? '' : `\n   ${link}`}`;
}

export function formatAsk(answer: AskAnswer, style: TextStyle, offset = 0): string {
  const preface = answerPreface(answer);
  const carried = preface === null ? '' : `(${preface})\n`;
  const body = kindBody(answer);
  if (body !== null) return carried + formatKind(answer, body, style) + formatOffer(answer);
  if (answer.grades !== undefined) return carried + formatGradeAnswer(answer, style) + formatOffer(answer);
  if (answer.results.length === 0) {
    const lines = [answer.message ?? 'No results.'];
    if (answer.suggestions !== undefined && answer.suggestions.length > 0) {
      lines.push('Try:', ...answer.suggestions.map((s) => `  • ${s}`));
    }
    return lines.join('\n');
  }
  const hits = answer.results.map((hit, i) => formatHit(hit, offset + i + 1, style));
  const more = answer.total > offset + answer.results.length ? `\n(${answer.total - offset - answer.results.length} more)` : '';
  return carried + hits.join('\n\n') + more + formatOffer(answer);
}

function formatError(error: CoreError): string {
  return [error.message, ...error.suggestions.map((s) => `  • ${s}`)].join('\n');
}

function gradeRow(area: string, grade: string): string {
  return `  ${area.padEnd(72)} ${grade}`;
}

function formatInspection(inspection: InspectionSummary): string {
  const lines = [`${inspection.citation}${inspection.published === null ? '' : `, published ${inspection.published}`} [${inspection.reportId}]`];
  if (inspection.overall !== null) lines.push(gradeRow('Overall effectiveness', inspection.overall));
  for (const j of inspection.judgements) lines.push(gradeRow(j.area, j.grade));
  if (inspection.lscb !== null) lines.push(gradeRow(inspection.lscb.area, inspection.lscb.grade));
  if (inspection.gradesUnread !== undefined) lines.push(`  ${inspection.gradesUnread}`);
  if (inspection.kind === 'focused-visit') {
    lines.push(`  Focused visit${inspection.themes.length > 0 ? ` on ${inspection.themes.join('; ')}` : ''}: not graded.`);
  }
  const url = links().report(inspection.reportId, inspection.url);
  if (url !== null) lines.push(`  Open the report: ${url}`);
  return lines.join('\n');
}

export function formatJudgements(answer: JudgementsAnswer): string {
  if (!answer.ok) return formatError(answer.error);
  if (answer.inspections.length === 0) return `No inspections found for ${answer.authority}.`;
  const notice = answer.notice === undefined ? '' : `(${answer.notice})\n`;
  return notice + answer.inspections.map(formatInspection).join('\n\n');
}

export function formatImprovements(answer: ImprovementsAnswer, style: TextStyle): string {
  if (!answer.ok) return formatError(answer.error);
  const head = `${answer.heading} — ${answer.report.citation}`;
  return [head, ...answer.items.map((hit, i) => formatHit(hit, i + 1, style, true))].join('\n\n');
}

export function formatParagraph(answer: ParagraphAnswer, style: TextStyle): string {
  if (!answer.ok) return formatError(answer.error);
  return formatHit(answer.hit, 1, style, true).replace(/^1\. /, '');
}

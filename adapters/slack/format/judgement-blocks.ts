/**
 * Block Kit for `/judgement`: the grades of the latest inspection, then the
 * earlier inspections, each citing the report its grades come from.
 */
import type { InspectionSummary, JudgementsAnswer } from '../../../src/answer-types.ts';
import { answerButtons, type Visibility } from './buttons.ts';
import { context, divider, fallback, fitBlocks, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn, escapeUserText, formatDate, mrkdwnLink } from './mrkdwn.ts';
import { links } from '../../citation-links.ts';

type JudgementsOk = Extract<JudgementsAnswer, { ok: true }>;

function dates(inspection: InspectionSummary): string {
  const parts: string[] = [];
  const start = formatDate(inspection.inspectionStart);
  const end = formatDate(inspection.inspectionEnd);
  if (start !== null) parts.push(end !== null && end !== start ? `inspected ${start} to ${end}` : `inspected ${start}`);
  const published = formatDate(inspection.published);
  if (published !== null) parts.push(`published ${published}`);
  return parts.length === 0 ? String(inspection.year) : parts.join(', ');
}

/** The graded rows of one inspection, as [area, grade] pairs. */
function gradeRows(inspection: InspectionSummary, includeOverall: boolean): [string, string][] {
  const rows: [string, string][] = [];
  if (includeOverall && inspection.overall !== null) rows.push(['Overall effectiveness', inspection.overall]);
  for (const row of inspection.judgements) rows.push([row.area, row.grade]);
  if (inspection.lscb !== null) rows.push([inspection.lscb.area, inspection.lscb.grade]);
  return rows;
}

/** The rows as plain text ("Overall effectiveness: Good"). */
function rows(inspection: InspectionSummary, includeOverall: boolean): string[] {
  return gradeRows(inspection, includeOverall).map(([area, grade]) => `${area}: ${grade}`);
}

/** The rows as a mrkdwn list, the grade in bold. */
function rowsMrkdwn(inspection: InspectionSummary, includeOverall: boolean): string[] {
  return gradeRows(inspection, includeOverall).map(([area, grade]) => `• ${escapeMrkdwn(area)}: *${escapeMrkdwn(grade)}*`);
}

function sourceLine(inspection: InspectionSummary): string {
  const url = links().report(inspection.reportId, inspection.url);
  const link = url === null ? '' : `  ·  ${mrkdwnLink(url, 'Open the report')}`;
  return `Source: *${escapeMrkdwn(inspection.citation)}*  ·  ${escapeMrkdwn(dates(inspection))}${link}`;
}

/** What stands in for grades where a report has none: a focused visit's theme, or a plain note. */
function ungraded(inspection: InspectionSummary): string {
  if (inspection.gradesUnread !== undefined) return inspection.gradesUnread;
  if (inspection.kind !== 'focused-visit') return 'No graded judgements in this report.';
  const themes = inspection.themes.length > 0 ? ` on ${inspection.themes.join('; ')}` : '';
  return `Focused visit${themes}. Focused visits are not graded.`;
}

function inspectionBlocks(inspection: InspectionSummary, label: string | null, includeOverall: boolean): KnownBlock[] {
  const lines = rowsMrkdwn(inspection, includeOverall);
  const unread = inspection.gradesUnread === undefined ? '' : `\n_${escapeMrkdwn(inspection.gradesUnread)}_`;
  const body = lines.length > 0 ? `${lines.join('\n')}${unread}` : `_${escapeMrkdwn(ungraded(inspection))}_`;
  const title = `${label === null ? '' : `${label}: `}${inspection.kindLabel} ${inspection.year}`;
  return [
    section(`*${escapeMrkdwn(title)}*\n${body}`),
    context(sourceLine(inspection)),
  ];
}

/** The message for a successful `/judgement` answer. */
export function judgementMessage(answer: JudgementsOk, query: string, visibility: Visibility): SlackMessage {
  const [latest, ...earlier] = answer.inspections;
  const filter = answer.area !== null ? ` (${answer.area.replace(/-/g, ' ')})` : '';
  const blocks: KnownBlock[] = [section(`*Ofsted judgements for ${escapeMrkdwn(answer.authority)}${escapeMrkdwn(filter)}*`)];
  const plain: string[] = [`Ofsted judgements for ${answer.authority}${filter}`];
  if (answer.notice !== undefined) {
    blocks.push(context(`_${escapeMrkdwn(answer.notice)}_`));
    plain.push(answer.notice);
  }

  if (latest === undefined) {
    blocks.push(context('_No inspections with judgements were found for this query._'));
    plain.push('No inspections with judgements were found.');
  } else {
    const label = answer.year !== null ? `Inspection ${answer.year}` : 'Latest inspection';
    blocks.push(...inspectionBlocks(latest, label, answer.area === null));
    plain.push(`${label} (${latest.citation}): ${rows(latest, answer.area === null).join('; ') || ungraded(latest)}`);
  }

  if (earlier.length > 0) {
    blocks.push(divider(), section('*Earlier inspections*'));
    for (const inspection of earlier) {
      blocks.push(...inspectionBlocks(inspection, null, answer.area === null));
      plain.push(`${inspection.citation}: ${rows(inspection, answer.area === null).join('; ') || ungraded(inspection)}`);
    }
  }

  blocks.push(...answerButtons(visibility, { kind: 'judgement', query }, null));
  return { text: fallback(escapeUserText(plain.join('\n'))), blocks: fitBlocks(blocks) };
}

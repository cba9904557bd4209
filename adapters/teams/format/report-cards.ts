/**
 * Cards for the `judgement` and `improve` commands: an authority's grades,
 * latest inspection first, each inspection citing its report; and the latest
 * report's "What needs to improve" list in the inspectors' words.
 */
import type { ImprovementsAnswer, InspectionSummary, JudgementsAnswer } from '../../../src/index.ts';
import { longDate } from '../../kind-view.ts';
import { citationLine } from './answer-card.ts';
import { actionSet, card, container, openUrl, subtle, text, type Attachment, type Element } from './card.ts';
import { escapeCardText, highlightCard } from './text.ts';
import { links } from '../../citation-links.ts';

type JudgementsOk = Extract<JudgementsAnswer, { ok: true }>;
type ImprovementsOk = Extract<ImprovementsAnswer, { ok: true }>;

function dates(inspection: InspectionSummary): string {
  const parts: string[] = [];
  const start = longDate(inspection.inspectionStart);
  const end = longDate(inspection.inspectionEnd);
  if (start !== null) parts.push(end !== null && end !== start ? `inspected ${start} to ${end}` : `inspected ${start}`);
  const published = longDate(inspection.published);
  if (published !== null) parts.push(`published ${published}`);
  return parts.length === 0 ? String(inspection.year) : parts.join(', ');
}

function rows(inspection: InspectionSummary, includeOverall: boolean): string[] {
  const out: string[] = [];
  if (includeOverall && inspection.overall !== null) out.push(`Overall effectiveness: **${escapeCardText(inspection.overall)}**`);
  for (const row of inspection.judgements) out.push(`${escapeCardText(row.area)}: **${escapeCardText(row.grade)}**`);
  if (inspection.lscb !== null) out.push(`${escapeCardText(inspection.lscb.area)}: **${escapeCardText(inspection.lscb.grade)}**`);
  return out;
}

function ungraded(inspection: InspectionSummary): string {
  if (inspection.gradesUnread !== undefined) return inspection.gradesUnread;
  if (inspection.kind !== 'focused-visit') return 'No graded judgements in this report.';
  const themes = inspection.themes.length > 0 ? ` on ${inspection.themes.join('; ')}` : '';
  return `Focused visit${themes}. Focused visits are not graded.`;
}

function inspectionElements(inspection: InspectionSummary, label: string | null, includeOverall: boolean): Element[] {
  const lines = rows(inspection, includeOverall);
  const items: Element[] = [
    text(`**${escapeCardText(`${label === null ? '' : `${label}: `}${inspection.kindLabel} ${inspection.year}`)}**`),
    text(
      lines.length > 0
        ? `${lines.join('\n\n')}${inspection.gradesUnread === undefined ? '' : `\n\n_${escapeCardText(inspection.gradesUnread)}_`}`
        : `_${escapeCardText(ungraded(inspection))}_`,
      { spacing: 'Small' },
    ),
    subtle(`Source: **${escapeCardText(inspection.citation)}** · ${escapeCardText(dates(inspection))}`),
  ];
  const url = links().report(inspection.reportId, inspection.url);
  if (url !== null) items.push(actionSet([openUrl('Open the report', url)]));
  return [container(items, { separator: true })];
}

/** The card for a successful `judgement` answer. */
export function judgementCard(answer: JudgementsOk): Attachment {
  const [latest, ...earlier] = answer.inspections;
  const filter = answer.area !== null ? ` (${answer.area.replace(/-/g, ' ')})` : '';
  const body: Element[] = [text(`**Ofsted judgements for ${escapeCardText(answer.authority)}${escapeCardText(filter)}**`, { size: 'Medium' })];
  if (answer.notice !== undefined) body.push(subtle(`_${escapeCardText(answer.notice)}_`));
  if (latest === undefined) body.push(subtle('_No inspections with judgements were found for this query._'));
  else body.push(...inspectionElements(latest, answer.year !== null ? `Inspection ${answer.year}` : 'Latest inspection', answer.area === null));
  if (earlier.length > 0) {
    body.push(text('**Earlier inspections**', { separator: true }));
    for (const inspection of earlier) body.push(...inspectionElements(inspection, null, answer.area === null));
  }
  return card(body);
}

/** The card for a successful `improve` answer. */
export function improveCard(answer: ImprovementsOk): Attachment {
  const heading = answer.heading.trim() === '' ? 'What needs to improve' : answer.heading.trim();
  const body: Element[] = [
    text(`**${escapeCardText(heading)}**`, { size: 'Medium' }),
    subtle(`${escapeCardText(answer.report.citation)}: ${answer.items.length} item${answer.items.length === 1 ? '' : 's'}`),
  ];
  for (const item of answer.items) {
    body.push(container([text(highlightCard(item.text.trim(), [])), subtle(citationLine(item))], { separator: true }));
  }
  const reportUrl = links().report(answer.report.reportId, answer.report.url);
  const actions = reportUrl === null ? [] : [openUrl('Open the report', reportUrl)];
  return card(body, actions);
}

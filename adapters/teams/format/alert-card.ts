/**
 * The card for a new-report alert: headline and dates, the grades with their
 * change since the previous inspection, the improvement items and the
 * excerpts for the channel's topic words, each cited like an answer, and
 * "Open the report" when its address is known. Wording shared with Slack and
 * Discord (alerts/alert-text.ts).
 */
import { alertDates, alertHeadline, gradeChange, shortArea } from '../../alerts/alert-text.ts';
import type { ReportAlert } from '../../../src/index.ts';
import { hitElements } from './answer-card.ts';
import { card, container, openUrl, subtle, text, type Attachment, type Element } from './card.ts';
import { escapeCardText } from './text.ts';

const MAX_ITEMS = 6;

export function alertCard(alert: ReportAlert): Attachment {
  const body: Element[] = [text(`**${escapeCardText(alertHeadline(alert))}**`, { size: 'Medium' }), subtle(escapeCardText(alertDates(alert)))];
  if (alert.grades.length > 0) {
    const against = alert.previous === null ? '' : ` (changes since ${escapeCardText(alert.previous.citation)})`;
    body.push(text(`**Grades**${against}\n\n${alert.grades.map((g) => `${escapeCardText(shortArea(g.area))}: **${escapeCardText(gradeChange(g))}**`).join('\n\n')}`));
  }
  if (alert.gradesUnread !== undefined) body.push(text(`**Grades**\n\n_${escapeCardText(alert.gradesUnread)}_`));
  if (alert.improvements.length > 0) {
    body.push(container([text(`**${escapeCardText(alert.improvementHeading ?? 'What needs to improve')}**`)], { separator: true }));
    for (const item of alert.improvements.slice(0, MAX_ITEMS)) body.push(...hitElements({ ...item, url: null }));
    if (alert.improvements.length > MAX_ITEMS) body.push(subtle(`…and ${alert.improvements.length - MAX_ITEMS} more in the report.`));
  }
  if (alert.topics !== '') {
    body.push(container([text(`**On “${escapeCardText(alert.topics)}”**`)], { separator: true }));
    if (alert.excerpts.length === 0) body.push(subtle('No paragraph of this report matches those words.'));
    for (const hit of alert.excerpts) body.push(...hitElements({ ...hit, url: null }));
  }
  return card(body, alert.url === null ? [] : [openUrl('Open the report', alert.url)]);
}

/** The alert's one-line summary (notifications, screen readers). */
export function alertSummary(alert: ReportAlert): string {
  return `${alertHeadline(alert)}. ${alertDates(alert)}. ${alert.grades.map((g) => `${shortArea(g.area)}: ${gradeChange(g)}`).join('; ')}`;
}

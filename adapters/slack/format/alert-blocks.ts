/**
 * Block Kit for a new-report alert: headline and dates, grades with their
 * change since the previous inspection, the improvement items, and excerpts
 * for the channel's topic words, each cited like an answer, with a link to
 * the report on Ofsted's site when known.
 */
import { alertDates, alertHeadline, gradeChange, shortArea } from '../../alerts/alert-text.ts';
import type { Hit, ReportAlert } from '../../../src/index.ts';
import { citationLine } from './ask-blocks.ts';
import { highlightQuote } from './highlight.ts';
import { context, divider, fallback, fitBlocks, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

/** Improvement items shown in full; the rest are counted. */
const MAX_ITEMS = 6;

function quoted(hit: Hit): KnownBlock[] {
  return [section(highlightQuote(hit.quote, hit.quoteSpans)), context(citationLine(hit))];
}

/** The message for one alert. */
export function alertMessage(alert: ReportAlert): SlackMessage {
  const link = alert.url !== null ? `\n<${alert.url}|Read the report on Ofsted's site>` : '';
  const blocks: KnownBlock[] = [section(`*${escapeMrkdwn(alertHeadline(alert))}*\n${escapeMrkdwn(alertDates(alert))}${link}`)];
  if (alert.grades.length > 0) {
    const against = alert.previous === null ? '' : ` (changes since ${escapeMrkdwn(alert.previous.citation)})`;
    const lines = alert.grades.map((g) => `• ${escapeMrkdwn(shortArea(g.area))}: *${escapeMrkdwn(gradeChange(g))}*`);
    blocks.push(section(`*Grades*${against}\n${lines.join('\n')}`));
  }
  if (alert.gradesUnread !== undefined) blocks.push(section(`*Grades*\n_${escapeMrkdwn(alert.gradesUnread)}_`));
  if (alert.improvements.length > 0) {
    blocks.push(divider(), section(`*${escapeMrkdwn(alert.improvementHeading ?? 'What needs to improve')}*`));
    for (const item of alert.improvements.slice(0, MAX_ITEMS)) blocks.push(...quoted(item));
    if (alert.improvements.length > MAX_ITEMS) blocks.push(context(`…and ${alert.improvements.length - MAX_ITEMS} more in the report.`));
  }
  if (alert.topics !== '') {
    blocks.push(divider(), section(`*On “${escapeMrkdwn(alert.topics)}”*`));
    if (alert.excerpts.length === 0) blocks.push(context('No paragraph of this report matches those words.'));
    for (const hit of alert.excerpts) blocks.push(...quoted(hit));
  }
  const text = `${alertHeadline(alert)}. ${alertDates(alert)}. ${alert.grades.map((g) => `${shortArea(g.area)}: ${gradeChange(g)}`).join('; ')}`;
  return { text: fallback(escapeMrkdwn(text)), blocks: fitBlocks(blocks) };
}

/**
 * A new-report alert as one Discord message: an embed with the headline,
 * dates and link, the grades and their changes, the improvement items, then
 * one embed per excerpt for the channel's topic words, cited as answers are.
 */
import type { APIEmbed } from 'discord.js';
import type { Hit, ReportAlert } from '../../../src/index.ts';
import { alertDates, alertHeadline, gradeChange, shortArea } from '../../alerts/alert-text.ts';
import { EMBED_COLOUR } from './answer.ts';
import { LIMITS, truncate, type DiscordMessage } from './limits.ts';
import { blockQuote, escapeText, highlight } from './markdown.ts';

/** Improvement items listed; the rest are counted. */
const MAX_ITEMS = 6;

function itemLine(hit: Hit): string {
  return `${blockQuote(escapeText(truncate(hit.text, 300)))}\n— ${escapeText(hit.citation)}`;
}

function excerptEmbed(hit: Hit): APIEmbed {
  return {
    title: truncate(hit.citation, LIMITS.title),
    description: truncate(blockQuote(highlight(hit.quote, hit.quoteSpans)), LIMITS.description),
    color: EMBED_COLOUR,
    footer: { text: truncate(hit.section === '' ? hit.citation : `Section: ${hit.section}`, LIMITS.footer) },
  };
}

/** The message for one alert (within Discord's limits: 10 embeds, 6000 characters). */
export function formatAlert(alert: ReportAlert): DiscordMessage {
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (alert.grades.length > 0) {
    const lines = alert.grades.map((g) => `• ${escapeText(shortArea(g.area))}: **${escapeText(gradeChange(g))}**`);
    const name = alert.previous === null ? 'Grades' : `Grades (changes since ${alert.previous.citation})`;
    fields.push({ name: truncate(name, 256), value: truncate(lines.join('\n'), 1024) });
  }
  if (alert.gradesUnread !== undefined) fields.push({ name: 'Grades', value: truncate(escapeText(alert.gradesUnread), 1024) });
  if (alert.improvements.length > 0) {
    const items = alert.improvements.slice(0, MAX_ITEMS).map(itemLine);
    if (alert.improvements.length > MAX_ITEMS) items.push(`…and ${alert.improvements.length - MAX_ITEMS} more in the report.`);
    let value = '';
    for (const item of items) {
      if (value.length + item.length + 2 > 1024) break;
      value += `${value === '' ? '' : '\n\n'}${item}`;
    }
    fields.push({ name: truncate(alert.improvementHeading ?? 'What needs to improve', 256), value: value === '' ? '—' : value });
  }
  if (alert.topics !== '' && alert.excerpts.length === 0) {
    fields.push({ name: truncate(`On “${alert.topics}”`, 256), value: 'No paragraph of this report matches those words.' });
  }
  const main: APIEmbed = {
    title: truncate(alertHeadline(alert), LIMITS.title),
    description: truncate(escapeText(alertDates(alert)), LIMITS.description),
    color: EMBED_COLOUR,
    fields,
    footer: { text: truncate(alert.citation, LIMITS.footer) },
    ...(alert.url !== null ? { url: alert.url } : {}),
  };
  const content = alert.topics !== '' && alert.excerpts.length > 0 ? truncate(`On “${escapeText(alert.topics)}”:`, LIMITS.content) : undefined;
  return { ...(content !== undefined ? { content } : {}), embeds: [main, ...alert.excerpts.slice(0, 3).map(excerptEmbed)] };
}

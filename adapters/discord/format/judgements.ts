/**
 * Judgements and "What needs to improve" lists as embeds. Grades are shown as
 * printed, in a compact monospace table; improvement items are the report's
 * own words, each with its paragraph label.
 */
import type { APIEmbed } from 'discord.js';
import { links } from '../../citation-links.ts';
import type { ImprovementsAnswer, InspectionSummary, JudgementRow, JudgementsAnswer } from '../../../src/answer-types.ts';
import { AREA_LABELS, type AreaKey } from '../../../src/model.ts';
import { EMBED_COLOUR } from './answer.ts';
import { LIMITS, splitMessage, truncate, type DiscordMessage } from './limits.ts';
import { escapeText, formatDate, formatRange } from './markdown.ts';

/** The areas offered as choices on `/judgement area:`. */
export const AREA_CHOICES: readonly { name: string; value: AreaKey }[] = (
  ['overall', 'help-and-protection', 'children-in-care', 'care-leavers', 'adoption', 'leadership'] as const
).map((value) => ({ name: AREA_LABELS[value], value }));

interface Row {
  area: string;
  grade: string;
}

function label(row: JudgementRow): string {
  // The 2018-2022 ILACS graded both care areas as one: say so, not just "Care leavers".
  if (/children in care and care leavers/i.test(row.area)) return 'Children in care and care leavers';
  // "Other" says nothing, so areas without a twin keep their printed name.
  return row.areaKey === 'other' ? truncate(row.area, 40) : AREA_LABELS[row.areaKey];
}

/**
 * The rows of one inspection's table, overall first. With an area, the core
 * has already kept only the rows answering for it; "overall" is not an area
 * row, so it is picked out here.
 */
function tableRows(inspection: InspectionSummary, area: AreaKey | null): Row[] {
  const rows: Row[] = [];
  const overall = area === null || area === 'overall';
  if (overall && inspection.overall !== null) rows.push({ area: AREA_LABELS.overall, grade: inspection.overall });
  for (const row of inspection.judgements) {
    if (area === 'overall' && row.areaKey !== 'overall') continue;
    if (row.areaKey === 'overall' && inspection.overall !== null) continue;
    rows.push({ area: label(row), grade: row.grade });
  }
  if (inspection.lscb && area === null) rows.push({ area: 'LSCB', grade: inspection.lscb.grade });
  return rows;
}

/** Rows as an aligned monospace table in a code block. */
function table(rows: readonly Row[]): string {
  const width = Math.max(4, ...rows.map((r) => r.area.length));
  const clean = (s: string): string => s.replace(/`/g, "'").replace(/\s+/g, ' ');
  const lines = [`${'Area'.padEnd(width)}  Grade`, ...rows.map((r) => `${clean(r.area).padEnd(width)}  ${clean(r.grade)}`)];
  return `\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

/** One inspection's judgements as an embed. */
function inspectionEmbed(inspection: InspectionSummary, area: AreaKey | null): APIEmbed {
  const rows = tableRows(inspection, area);
  const unread = inspection.gradesUnread === undefined ? '' : `\n${escapeText(inspection.gradesUnread)}`;
  const description =
    rows.length > 0
      ? `${table(rows)}${unread}`
      : inspection.gradesUnread !== undefined
        ? escapeText(inspection.gradesUnread)
        : inspection.kind === 'focused-visit'
        ? `Focused visit${inspection.themes.length > 0 ? ` on ${escapeText(inspection.themes.join('; '))}` : ''}. Focused visits are not graded.`
        : area !== null
          ? `No judgement for ${AREA_LABELS[area].toLowerCase()} in this report.`
          : 'This report has no graded judgements.';
  const footer = [
    formatRange(inspection.inspectionStart, inspection.inspectionEnd)
      ? `Inspected ${formatRange(inspection.inspectionStart, inspection.inspectionEnd)}`
      : null,
    formatDate(inspection.published) ? `Published ${formatDate(inspection.published)}` : null,
  ].filter((part): part is string => part !== null);
  const embed: APIEmbed = {
    title: truncate(inspection.citation, LIMITS.title),
    description: truncate(description, LIMITS.description),
    color: EMBED_COLOUR,
  };
  if (footer.length > 0) embed.footer = { text: footer.join(' · ') };
  // The title links to the report on Ofsted's site, where known, so the grades can be checked in the original.
  const url = links().report(inspection.reportId, inspection.url);
  if (url !== null) embed.url = url;
  return embed;
}

/** Messages for an authority's judgements, latest inspection first. */
export function formatJudgements(answer: Extract<JudgementsAnswer, { ok: true }>): DiscordMessage[] {
  const { area, year } = answer;
  const about = [area ? AREA_LABELS[area].toLowerCase() : null, year ? String(year) : null].filter(Boolean).join(', ');
  const notice = answer.notice === undefined ? '' : `-# ${escapeText(answer.notice)}\n`;
  const content = `${notice}**${escapeText(answer.authority)}**: Ofsted judgements${about ? ` (${about})` : ''}, latest first`;
  return splitMessage({ content, embeds: answer.inspections.map((i) => inspectionEmbed(i, area)) });
}

/** Messages for the latest "What needs to improve" list (or recommendations). */
export function formatImprovements(answer: Extract<ImprovementsAnswer, { ok: true }>): DiscordMessage[] {
  const { report } = answer;
  const items = answer.items.map((hit, i) => {
    const number = hit.paragraph ? `¶${hit.paragraph}` : hit.label;
    return truncate(`**${i + 1}.** ${escapeText(hit.text)} *(${escapeText(number)})*`, 1500);
  });
  // Each embed's description holds as many whole items as fit.
  const descriptions: string[] = [];
  let current = '';
  for (const item of items) {
    const next = current === '' ? item : `${current}\n\n${item}`;
    if (next.length > LIMITS.description && current !== '') {
      descriptions.push(current);
      current = item;
    } else current = next;
  }
  if (current !== '' || descriptions.length === 0) descriptions.push(current || 'The report lists no items.');

  const published = formatDate(report.published);
  const embeds = descriptions.map((description, i): APIEmbed => {
    const embed: APIEmbed = { description, color: EMBED_COLOUR };
    if (i === 0) embed.title = truncate(`${answer.heading} (${report.citation})`, LIMITS.title);
    if (i === descriptions.length - 1) {
      const inspected = formatRange(report.inspectionStart, report.inspectionEnd);
      const when = published ? `Published ${published}` : inspected ? `Inspected ${inspected}` : null;
      embed.footer = { text: [report.citation, when].filter(Boolean).join(' · ') };
    }
    return embed;
  });
  const content = `**${escapeText(answer.authority)}**: the latest inspection's list, in the inspectors' words`;
  return splitMessage({ content, embeds });
}

/**
 * A grade answer (latest, history, lists, counts, neighbours, comparisons) as
 * embeds with fields: one field per authority or inspection, with its grade
 * and the report that printed it; the trend and the notes on what was not
 * counted; a comparison's paragraphs as quote embeds. Long lists show the
 * first page and a "Show all N" button: never cut silently.
 */
import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { AskAnswer, GradeAnswer, GradeRow } from '../../../src/answer-types.ts';
import { feedbackCustomId } from '../components/feedback.ts';
import { EMBED_COLOUR, hitEmbed } from './answer.ts';
import { LIMITS, splitMessage, truncate, type DiscordMessage } from './limits.ts';
import { escapeText, formatDate, markdownLink } from './markdown.ts';
import { links } from '../../citation-links.ts';
import { answerPreface } from '../../../src/index.ts';

/** Rows shown before "Show all". */
export const FIRST_PAGE_ROWS = 10;
/** Custom ids of "Show all" buttons start with this. */
export const SHOW_ALL_PREFIX = 'gall:';

function published(row: GradeRow): string {
  const date = formatDate(row.published);
  return date === null ? 'publication date not printed' : `published ${date}`;
}

function field(row: GradeRow, grades: GradeAnswer, closeness?: string): APIEmbedField {
  const title = grades.kind === 'history' ? row.citation : row.authority;
  const area = row.area !== grades.area || grades.area !== 'overall' ? `${escapeText(row.areaLabel)}: ` : '';
  // A field's name cannot hold a link: the citation links to the report, and a row to its authority's page (with PUBLIC_URL).
  const authority = grades.kind === 'history' ? null : links().authority(row.authority);
  const source = `${markdownLink(links().report(row.reportId, null), escapeText(row.citation))} · ${escapeText(published(row))}`;
  return {
    name: truncate(`${title}${closeness === undefined ? '' : ` (${closeness})`}`, LIMITS.fieldName),
    value: truncate(`${area}**${escapeText(row.gradeLabel)}**\n-# ${source}${authority === null ? '' : ` · ${markdownLink(authority, escapeText(row.authority))}`}`, LIMITS.fieldValue),
    inline: grades.kind !== 'history',
  };
}

/** The grade table's fields, one per row (neighbours in closeness order). */
export function gradeFields(grades: GradeAnswer): APIEmbedField[] {
  if (grades.kind === 'neighbours' && grades.neighbours !== undefined) {
    return grades.neighbours.map((n) => {
      const row = grades.rows.find((r) => r.authority === n.authority);
      return row === undefined ? { name: `${n.authority} (${n.closeness})`, value: '-# no report in this index', inline: true } : field(row, grades, n.closeness);
    });
  }
  return grades.rows.map((row) => field(row, grades));
}

/** The custom id of a "Show all" button: the stored answer's key (its question and the context it was asked in). */
export function showAllCustomId(key: string): string {
  return `${SHOW_ALL_PREFIX}${key}`;
}

export interface GradeMessageOptions {
  /** Show every row. */
  all: boolean;
  /** The stored answer's key, for "Show all" and 👍 / 👎. */
  key: string;
  /** A line under the headline (which default authority was used), or null. */
  note?: string | null;
}

/** The messages for a grade answer; `all` shows every row. */
export function formatGrades(answer: AskAnswer, options: GradeMessageOptions): DiscordMessage[] {
  const grades = answer.grades as GradeAnswer;
  const all = gradeFields(grades);
  const shown = options.all ? all : all.slice(0, FIRST_PAGE_ROWS);
  const description = [escapeText(grades.headline)];
  const preface = answerPreface(answer);
  if (preface !== null) description.unshift(`-# ${escapeText(preface)}`);
  if (options.note != null) description.push(`-# ${escapeText(options.note)}`);
  const footer = [
    ...(grades.trends ?? []).map((t) => `Trend: ${t.text}`),
    ...grades.notes,
    ...(shown.length > 0 ? ['Each grade is cited by the report that printed it: authority, report and publication date.'] : []),
    ...(shown.length < all.length ? [`Showing ${shown.length} of ${all.length}.`] : []),
  ].join('\n');
  const embeds: APIEmbed[] = [];
  for (let i = 0; i === 0 || i < shown.length; i += LIMITS.fields) {
    embeds.push({ color: EMBED_COLOUR, ...(i === 0 ? { description: truncate(description.join('\n'), LIMITS.description) } : {}), fields: shown.slice(i, i + LIMITS.fields) });
  }
  const last = embeds[embeds.length - 1] as APIEmbed;
  if (footer !== '') last.footer = { text: truncate(footer, LIMITS.footer) };
  const question = truncate(escapeText(answer.question.replace(/\s+/g, ' ')), 300);
  const message: DiscordMessage = { content: `“${question}”`, embeds: [...embeds, ...answer.results.map(hitEmbed)] };
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (shown.length < all.length) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: showAllCustomId(options.key), label: `Show all ${all.length}` });
  }
  buttons.push(
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('up', options.key), emoji: { name: '👍' } },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('down', options.key), emoji: { name: '👎' } },
  );
  message.components = [{ type: ComponentType.ActionRow, components: buttons }];
  return splitMessage(message);
}

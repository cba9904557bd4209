/**
 * Block Kit for a grade answer (latest, history, lists, counts, neighbours,
 * comparisons): the headline, a table of section fields (one field per
 * authority or inspection, each with its grade and the report that printed
 * it), the trend, the notes on what was not counted, and a comparison's
 * paragraphs. Long lists show a first page and a "Show all N" button: never
 * cut silently.
 */
import type { AskAnswer, GradeAnswer, GradeRow } from '../../../src/answer-types.ts';
import { encodeRequest, SHOW_ALL_ACTION, type AnswerRequest } from '../action-ids.ts';
import { hitBlocks } from './ask-blocks.ts';
import { answerButtons, type Visibility } from './buttons.ts';
import { feedbackButtons } from './feedback-blocks.ts';
import { offerBlocks } from './kind-blocks.ts';
import { context, divider, fallback, fitBlocks, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn, escapeUserText, formatDate, mrkdwnLink } from './mrkdwn.ts';
import { links } from '../../citation-links.ts';
import { answerPreface } from '../../../src/index.ts';

/** Rows shown before "Show all". */
export const FIRST_PAGE_ROWS = 10;
/** Fields in one section (Slack's limit). */
const FIELDS_PER_SECTION = 10;
/** Characters in one field (Slack's limit). */
const MAX_FIELD_TEXT = 2000;

function published(row: GradeRow): string {
  const date = formatDate(row.published);
  return date === null ? 'publication date not printed' : `published ${date}`;
}

/** One table cell: who (or which inspection), the grade in bold, and the report it comes from. */
function field(row: GradeRow, grades: GradeAnswer, closeness?: string): string {
  const title = grades.kind === 'history' ? `${row.citation}` : row.authority;
  // A history row is one report: it links to the report; any other row to the authority's page (with PUBLIC_URL).
  const link = grades.kind === 'history' ? links().report(row.reportId, null) : links().authority(row.authority);
  const area = row.area !== grades.area || grades.area !== 'overall' ? `${row.areaLabel}: ` : '';
  const near = closeness === undefined ? '' : ` (${closeness})`;
  const text = `*${mrkdwnLink(link, escapeMrkdwn(title))}*${escapeMrkdwn(near)}\n${escapeMrkdwn(area)}*${escapeMrkdwn(row.gradeLabel)}*\n_${escapeMrkdwn(`${row.citation} · ${published(row)}`)}_`;
  return text.length <= MAX_FIELD_TEXT ? text : `${text.slice(0, MAX_FIELD_TEXT - 1)}…`;
}

/** The cells of the table, in the answer's order (neighbours in closeness order, with those I have no report for). */
export function cells(grades: GradeAnswer): string[] {
  if (grades.kind === 'neighbours' && grades.neighbours !== undefined) {
    return grades.neighbours.map((n) => {
      const row = grades.rows.find((r) => r.authority === n.authority);
      return row === undefined ? `*${escapeMrkdwn(n.authority)}* (${escapeMrkdwn(n.closeness)})\n_no report in this index_` : field(row, grades, n.closeness);
    });
  }
  return grades.rows.map((row) => field(row, grades));
}

/** Fields as sections of at most ten (Slack's limit), for grade and visit tables alike. */
export function table(fields: readonly string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + FIELDS_PER_SECTION).map((text) => ({ type: 'mrkdwn' as const, text })) });
  }
  return blocks;
}

export interface GradeMessageOptions {
  visibility: Visibility;
  /** The request that recreates this answer (for Share and Show all). */
  request: Extract<AnswerRequest, { kind: 'ask' }>;
  /** A line under the headline (e.g. which default authority was used), or null. */
  note?: string | null;
}

/** The message for a grade answer. */
export function gradeMessage(answer: AskAnswer, options: GradeMessageOptions): SlackMessage {
  const grades = answer.grades as GradeAnswer;
  const all = options.request.all === true;
  const question = escapeUserText(answer.question.trim());
  const blocks: KnownBlock[] = [section(`*“${question}”*\n${escapeMrkdwn(grades.headline)}`)];
  const preface = answerPreface(answer);
  if (preface !== null) blocks.push(context(`_${escapeMrkdwn(preface)}_`));
  if (options.note != null) blocks.push(context(escapeMrkdwn(options.note)));
  const fields = cells(grades);
  const shown = all ? fields : fields.slice(0, FIRST_PAGE_ROWS);
  blocks.push(...table(shown));
  if (fields.length > 0) blocks.push(context('Each grade is cited by the report that printed it: authority, report and publication date.'));
  if (shown.length < fields.length) blocks.push(context(`Showing ${shown.length} of ${fields.length}.`));
  for (const trend of grades.trends ?? []) blocks.push(context(`*Trend* ${escapeMrkdwn(trend.text)}`));
  for (const note of grades.notes) blocks.push(context(escapeMrkdwn(note)));
  for (const hit of answer.results) blocks.push(divider(), ...hitBlocks(hit));

  const buttons = answerButtons(options.visibility, { ...options.request, all: false }, null);
  if (shown.length < fields.length) {
    const showAll = {
      type: 'button' as const,
      action_id: SHOW_ALL_ACTION,
      text: { type: 'plain_text' as const, text: `Show all ${fields.length}`, emoji: true },
      value: encodeRequest({ ...options.request, all: true }),
    };
    const actions = buttons[0];
    if (actions !== undefined && actions.type === 'actions') actions.elements.unshift(showAll);
    else buttons.push({ type: 'actions', block_id: 'answer_buttons', elements: [showAll] });
  }
  blocks.push(...offerBlocks(answer), ...buttons);
  // 👍 / 👎 cite the reports whose grades were shown, then the paragraphs.
  const refs = [...new Set([...grades.rows.map((r) => r.reportId), ...answer.results.map((hit) => hit.reference)])];
  blocks.push(...feedbackButtons(answer.question, refs));

  const plain = [grades.headline, ...grades.rows.slice(0, all ? undefined : FIRST_PAGE_ROWS).map((r) => `${r.authority}: ${r.gradeLabel} (${r.citation}, ${published(r)})`)];
  return { text: fallback(escapeUserText(plain.join('\n'))), blocks: fitBlocks(blocks) };
}

/**
 * Block Kit for a question-kind answer (a list of visits, an overview, an
 * improvement list, a focused visit, grade-filtered paragraphs, "cannot
 * tell"): the headline, the grades it cites as a table, its visits as a
 * table (first page and "Show all N"), its titled groups of quoted
 * paragraphs, the notes, and the offer of another answer as a button. The
 * words come from the shared view (adapters/kind-view.ts).
 */
import type { AskAnswer, KindAnswer, VisitRow } from '../../../src/index.ts';
import { answerPreface } from '../../../src/index.ts';
import { kindSections, offerLine, shownLine, visitDetail, visitsShown, visitTitle } from '../../kind-view.ts';
import { encodeRequest, OFFER_ACTION, SHOW_ALL_ACTION, type AnswerRequest } from '../action-ids.ts';
import { hitBlocks } from './ask-blocks.ts';
import { answerButtons, type Visibility } from './buttons.ts';
import { feedbackButtons } from './feedback-blocks.ts';
import { cells, table, FIRST_PAGE_ROWS } from './grade-blocks.ts';
import { context, divider, fallback, fitBlocks, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn, escapeUserText, mrkdwnLink } from './mrkdwn.ts';
import { links } from '../../citation-links.ts';

/** Characters in one field (Slack's limit). */
const MAX_FIELD_TEXT = 2000;

function visitField(v: VisitRow): string {
  const title = `*${mrkdwnLink(links().report(v.reportId, v.url), escapeMrkdwn(visitTitle(v)))}*`;
  const text = `${title}\n${escapeMrkdwn(visitDetail(v))}\n_${escapeMrkdwn(v.citation)}_`;
  return text.length <= MAX_FIELD_TEXT ? text : `${text.slice(0, MAX_FIELD_TEXT - 1)}…`;
}

/** The offer of another answer as a button (Slack has buttons), or nothing. */
export function offerBlocks(answer: AskAnswer): KnownBlock[] {
  if (answer.offer === undefined) return [];
  const request: AnswerRequest = { kind: 'ask', query: answer.offer.question, offset: 0 };
  return [
    context(escapeMrkdwn(offerLine(answer.offer))),
    {
      type: 'actions',
      block_id: 'offer_buttons',
      elements: [{ type: 'button', action_id: OFFER_ACTION, text: { type: 'plain_text', text: answer.offer.text.slice(0, 75), emoji: true }, value: encodeRequest(request) }],
    },
  ];
}

export interface KindMessageOptions {
  visibility: Visibility;
  /** The request that recreates this answer (for Share, Show all and More results). */
  request: Extract<AnswerRequest, { kind: 'ask' }>;
  /** A line under the headline (which default authority was used), or null. */
  note?: string | null;
}

/** The message for a kind answer with a body of its own. */
export function kindMessage(answer: AskAnswer, kind: KindAnswer, options: KindMessageOptions): SlackMessage {
  const all = options.request.all === true;
  const question = escapeUserText(answer.question.trim());
  const blocks: KnownBlock[] = [section(`*“${question}”*\n${escapeMrkdwn(kind.headline)}`)];
  const preface = answerPreface(answer);
  if (preface !== null) blocks.push(context(`_${escapeMrkdwn(preface)}_`));
  if (options.note != null) blocks.push(context(escapeMrkdwn(options.note)));
  let cut = false;
  if (answer.grades !== undefined && answer.grades.rows.length > 0) {
    const fields = cells(answer.grades);
    const shown = all ? fields : fields.slice(0, FIRST_PAGE_ROWS);
    cut ||= shown.length < fields.length;
    blocks.push(...table(shown), context('Each grade is cited by the report that printed it: authority, report and publication date.'));
    const line = shownLine(shown.length, fields.length);
    if (line !== null) blocks.push(context(line));
  }
  const { shown, total } = visitsShown(kind, all);
  if (shown.length > 0) {
    blocks.push(...table(shown.map(visitField)));
    const line = shownLine(shown.length, total);
    cut ||= line !== null;
    if (line !== null) blocks.push(context(line));
  }
  const sections = kindSections(kind);
  for (const group of sections) {
    blocks.push(divider(), section(`*${escapeMrkdwn(group.heading)}*`));
    for (const hit of group.hits) blocks.push(...hitBlocks(hit));
  }
  if (sections.length === 0) for (const hit of answer.results) blocks.push(divider(), ...hitBlocks(hit));
  for (const note of kind.notes) blocks.push(context(escapeMrkdwn(note)));
  if (answer.results.length === 0 && (answer.suggestions ?? []).length > 0) {
    blocks.push(context(`*Try:* ${(answer.suggestions ?? []).slice(0, 6).map((s) => `\`${escapeUserText(s).replace(/`/g, "'")}\``).join('  ·  ')}`));
  }
  const offset = options.request.offset;
  const more = sections.length === 0 && answer.total > offset + answer.results.length ? { ...options.request, offset: offset + answer.results.length, all: false } : null;
  const buttons = answerButtons(options.visibility, { ...options.request, all: false }, more);
  if (cut) {
    const showAll = { type: 'button' as const, action_id: SHOW_ALL_ACTION, text: { type: 'plain_text' as const, text: 'Show all', emoji: true }, value: encodeRequest({ ...options.request, all: true }) };
    const actions = buttons[0];
    if (actions !== undefined && actions.type === 'actions') actions.elements.unshift(showAll);
    else buttons.push({ type: 'actions', block_id: 'answer_buttons', elements: [showAll] });
  }
  blocks.push(...offerBlocks(answer), ...buttons);
  const refs = [...new Set([...(kind.visits ?? []).map((v) => v.reportId), ...answer.results.map((hit) => hit.reference)])];
  blocks.push(...feedbackButtons(answer.question, refs));
  const plain = [kind.headline, ...shown.map((v) => `${visitTitle(v)}: ${visitDetail(v)} (${v.citation})`)];
  return { text: fallback(escapeUserText(plain.join('\n'))), blocks: fitBlocks(blocks) };
}

/**
 * Block Kit for an answer to a question: each result is the inspectors' words
 * as a block quote with the matched terms in bold, then a context line citing
 * authority, report kind and date, paragraph and section.
 */
import type { AskAnswer, ConversationContext, Hit, Understanding } from '../../../src/answer-types.ts';
import { answerButtons, type Visibility } from './buttons.ts';
import { feedbackButtons } from './feedback-blocks.ts';
import { offerBlocks } from './kind-blocks.ts';
import { highlightQuote } from './highlight.ts';
import { context, divider, fallback, fitBlocks, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn, escapeUserText, formatDate, mrkdwnLink } from './mrkdwn.ts';
import { links } from '../../citation-links.ts';
import { answerPreface } from '../../../src/index.ts';

/** Results per message: "a handful", so a thread stays readable. */
export const PAGE_SIZE = 3;

/** "published 12 March 2025", or the inspection date, or just the year. */
function dateLabel(hit: Pick<Hit, 'published' | 'inspectionStart' | 'year'>): string {
  const published = formatDate(hit.published);
  if (published !== null) return `published ${published}`;
  const started = formatDate(hit.inspectionStart);
  if (started !== null) return `inspection began ${started}`;
  return String(hit.year);
}

/** The citation context line of one result, as mrkdwn. */
export function citationLine(hit: Hit): string {
  // The citation links to the paragraph in the web reader (PUBLIC_URL), else to the report's PDF.
  const parts = [`*${mrkdwnLink(links().paragraph(hit), escapeMrkdwn(hit.citation))}*`, escapeMrkdwn(dateLabel(hit))];
  if (hit.section.trim() !== '') parts.push(`_${escapeMrkdwn(hit.section.trim())}_`);
  return parts.join('  ·  ');
}

/** The same citation as plain text, for fallbacks. */
export function citationText(hit: Hit): string {
  return `${hit.citation} (${dateLabel(hit)}${hit.section.trim() === '' ? '' : `, ${hit.section.trim()}`})`;
}

function understoodLine(understood: Understanding): string | null {
  const parts: string[] = [];
  if (understood.authorities.length > 0) parts.push(understood.authorities.map(escapeMrkdwn).join(', '));
  if (understood.year === 'latest') parts.push('latest inspection');
  else if (understood.year !== null) parts.push(String(understood.year));
  if (understood.areas.length > 0) parts.push(understood.areas.map((area) => area.replace(/-/g, ' ')).join(', '));
  return parts.length === 0 ? null : `Looking in: ${parts.join('  ·  ')}`;
}

/** The blocks of one result: quote, then citation. */
export function hitBlocks(hit: Hit): KnownBlock[] {
  return [section(highlightQuote(hit.quote, hit.quoteSpans)), context(citationLine(hit))];
}

export interface AskMessageOptions {
  visibility: Visibility;
  /** Index of the first result shown (0 for the first page). */
  offset: number;
  /** A line under the heading (e.g. which default authority was used), or null. */
  note?: string | null;
  /** The conversation context the question was asked in, carried by More results. */
  context?: ConversationContext | null;
}

/**
 * The message for a page of results. The answer must have results; an empty
 * answer is a problem message (see `problem-blocks.ts`).
 */
export function askMessage(answer: AskAnswer, options: AskMessageOptions): SlackMessage {
  const { offset, visibility } = options;
  const first = offset + 1;
  const last = offset + answer.results.length;
  const range = first === last ? `${first}` : `${first}–${last}`;
  const question = escapeUserText(answer.question.trim());
  const heading =
    offset === 0
      ? `*“${question}”*\nWhat inspectors wrote: ${range} of ${answer.total} matching paragraph${answer.total === 1 ? '' : 's'}`
      : `More on *“${question}”*: ${range} of ${answer.total}`;

  const blocks: KnownBlock[] = [section(heading)];
  const understood = offset === 0 ? understoodLine(answer.understood) : null;
  const preface = answerPreface(answer);
  if (preface !== null && offset === 0) blocks.push(context(`_${escapeMrkdwn(preface)}_`));
  else if (understood !== null) blocks.push(context(understood));
  if (options.note != null) blocks.push(context(escapeMrkdwn(options.note)));
  for (const hit of answer.results) {
    blocks.push(divider(), ...hitBlocks(hit));
  }
  const hasMore = last < answer.total;
  blocks.push(
    ...answerButtons(
      visibility,
      { kind: 'ask', query: answer.question, offset },
      hasMore ? { kind: 'ask', query: answer.question, offset: last, context: options.context ?? null } : null,
    ),
  );

  // A question the core was unsure how to read: the other answer, one click away.
  if (offset === 0) blocks.push(...offerBlocks(answer));
  blocks.push(...feedbackButtons(answer.question, answer.results.map((hit) => hit.reference)));

  const plain = answer.results.map((hit) => `${citationText(hit)}: “${hit.quote}”`).join('\n');
  const text = `${range} of ${answer.total} paragraphs for “${answer.question.trim()}”:\n${plain}`;
  return { text: fallback(escapeUserText(text)), blocks: fitBlocks(blocks) };
}

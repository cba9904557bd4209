/**
 * Block Kit for `/improve`: the latest report's "What needs to improve" list
 * (or recommendations), each item in the inspectors' words with its citation.
 */
import type { ImprovementsAnswer } from '../../../src/answer-types.ts';
import { citationLine, citationText } from './ask-blocks.ts';
import { answerButtons, type Visibility } from './buttons.ts';
import { highlightQuote } from './highlight.ts';
import { context, fallback, fitBlocks, MAX_BLOCKS, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn, escapeUserText } from './mrkdwn.ts';

type ImprovementsOk = Extract<ImprovementsAnswer, { ok: true }>;

/** The message for a successful `/improve` answer. */
export function improveMessage(answer: ImprovementsOk, query: string, visibility: Visibility): SlackMessage {
  const heading = answer.heading.trim() === '' ? 'What needs to improve' : answer.heading.trim();
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(heading)}*\n${escapeMrkdwn(answer.report.citation)}: ${answer.items.length} item${answer.items.length === 1 ? '' : 's'}`),
  ];
  const buttons = answerButtons(visibility, { kind: 'improve', query }, null);
  // Two blocks per item; leave room for the heading, a "left out" note and the buttons.
  const room = Math.floor((MAX_BLOCKS - blocks.length - buttons.length - 1) / 2);
  for (const item of answer.items.slice(0, room)) {
    blocks.push(section(highlightQuote(item.text, [])), context(citationLine(item)));
  }
  if (answer.items.length > room) {
    blocks.push(context(`_${answer.items.length - room} more items are in ${escapeMrkdwn(answer.report.citation)}._`));
  }
  blocks.push(...buttons);

  const plain = answer.items.map((item, index) => `${index + 1}. ${item.text.trim()} [${citationText(item)}]`);
  const text = `${heading} (${answer.report.citation}):\n${plain.join('\n')}`;
  return { text: fallback(escapeUserText(text)), blocks: fitBlocks(blocks) };
}

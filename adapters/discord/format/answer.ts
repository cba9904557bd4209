/**
 * An `ask` answer as Discord messages: one embed per quoted paragraph (matched
 * terms in bold, cited by report, date, paragraph and section) and a "More
 * results" button while there are more.
 */
import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import type { AskAnswer, Hit, Understanding } from '../../../src/answer-types.ts';
import { AREA_LABELS } from '../../../src/model.ts';
import { feedbackCustomId } from '../components/feedback.ts';
import { moreCustomId } from '../components/question-store.ts';
import { LIMITS, splitMessage, truncate, type DiscordMessage } from './limits.ts';
import { blockQuote, escapeText, formatDate, highlight } from './markdown.ts';
import { links } from '../../citation-links.ts';

/** Results per page, for slash commands, mentions and "More results". */
export const PAGE_SIZE = 3;

/** The colour of answer embeds (Ofsted-ish blue). */
export const EMBED_COLOUR = 0x1d70b8;


/** One quoted paragraph as an embed. */
export function hitEmbed(hit: Hit): APIEmbed {
  const published = formatDate(hit.published);
  const started = formatDate(hit.inspectionStart);
  const when = published ? `Published ${published}` : started ? `Inspection began ${started}` : `${hit.year}`;
  const footer = [hit.section ? `Section: ${hit.section}` : null, `${hit.authority} ${hit.kindLabel}`, when]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
  // The title links to the paragraph in the web reader (PUBLIC_URL), else to the report's PDF.
  const url = links().paragraph(hit);
  return {
    title: truncate(hit.citation, LIMITS.title),
    ...(url === null ? {} : { url }),
    description: truncate(blockQuote(highlight(hit.quote, hit.quoteSpans)), LIMITS.description),
    color: EMBED_COLOUR,
    footer: { text: truncate(footer, LIMITS.footer) },
  };
}

/** "Bury · 2025 · care leavers", or null when the question set no filters. */
function describeFilters(understood: Understanding): string | null {
  const parts: string[] = [];
  if (understood.authorities.length > 0) parts.push(understood.authorities.join(', '));
  if (understood.year === 'latest') parts.push('latest inspection');
  else if (understood.year !== null) parts.push(String(understood.year));
  for (const area of understood.areas) parts.push(AREA_LABELS[area].toLowerCase());
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The messages answering `answer` (which must have results), starting at
 * result number `offset + 1`, under the stored answer `key`. The buttons ask
 * for the next page, and for 👍 / 👎. `note` is a line under the heading
 * (which default authority was used); `inConversation`: the question was a
 * follow-up, so "More results" goes by key (which keeps its context).
 */
export function formatAsk(answer: AskAnswer, offset: number, key: string, note: string | null = null, inConversation = false): DiscordMessage[] {
  const first = offset + 1;
  const last = offset + answer.results.length;
  const range = first === last ? `Result ${first}` : `Results ${first}–${last}`;
  const filters = describeFilters(answer.understood);
  const question = truncate(escapeText(answer.question.replace(/\s+/g, ' ')), 300);
  const lines = [`**${range} of ${answer.total}** for “${question}”`];
  if (filters) lines.push(`-# Looking in: ${escapeText(filters)}`);
  if (note !== null) lines.push(`-# ${escapeText(note)}`);

  const message: DiscordMessage = { content: lines.join('\n'), embeds: answer.results.map(hitEmbed) };
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (last < answer.total) {
    const nextLast = Math.min(last + PAGE_SIZE, answer.total);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: moreCustomId(answer.question, last, key, inConversation),
      label: last + 1 === nextLast ? `More results (${nextLast} of ${answer.total})` : `More results (${last + 1}–${nextLast} of ${answer.total})`,
    });
  }
  buttons.push(
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('up', key), emoji: { name: '👍' } },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('down', key), emoji: { name: '👎' } },
  );
  message.components = [{ type: ComponentType.ActionRow, components: buttons }];
  return splitMessage(message);
}

/** The friendly text for a question with no results: the core's message and its suggestions. */
export function formatNothingFound(answer: AskAnswer): string {
  const message = answer.message ?? `I couldn't find any paragraphs matching “${answer.question}”.`;
  return withSuggestions(message, answer.suggestions ?? []);
}

/** `message` followed by a bulleted list of suggestions, within the content limit. */
export function withSuggestions(message: string, suggestions: readonly string[], heading = 'Try:'): string {
  const lines = [escapeText(message)];
  const list = suggestions.filter((s) => s.trim() !== '').slice(0, 10);
  if (list.length > 0) {
    lines.push('', heading);
    for (const suggestion of list) lines.push(`• ${escapeText(suggestion)}`);
  }
  return truncate(lines.join('\n'), LIMITS.content);
}

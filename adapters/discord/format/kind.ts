/**
 * A question-kind answer (a list of visits, an overview, an improvement
 * list, a focused visit, grade-filtered paragraphs, "cannot tell") as
 * Discord embeds: the headline, the grades it cites and its visits as embed
 * fields (first page and "Show all"), its titled groups of quoted paragraphs
 * as quote embeds, the notes in the footer, and the offer of another answer
 * as a button. The words come from the shared view (adapters/kind-view.ts).
 */
import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { AskAnswer, KindAnswer, VisitRow } from '../../../src/index.ts';
import { answerPreface } from '../../../src/index.ts';
import { kindSections, offerLine, shownLine, visitDetail, visitsShown, visitTitle } from '../../kind-view.ts';
import { feedbackCustomId } from '../components/feedback.ts';
import { EMBED_COLOUR, hitEmbed } from './answer.ts';
import { FIRST_PAGE_ROWS, gradeFields, showAllCustomId } from './grades.ts';
import { LIMITS, splitMessage, truncate, type DiscordMessage } from './limits.ts';
import { escapeText, markdownLink } from './markdown.ts';
import { links } from '../../citation-links.ts';

/** Custom ids of offer buttons start with this; the offered question is stored under the key that follows. */
export const OFFER_PREFIX = 'offer:';

export function offerCustomId(key: string): string {
  return `${OFFER_PREFIX}${key}`;
}

function visitField(v: VisitRow): APIEmbedField {
  const title = markdownLink(links().report(v.reportId, v.url), escapeText(v.citation));
  return { name: truncate(visitTitle(v), LIMITS.fieldName), value: truncate(`${escapeText(visitDetail(v))}\n-# ${title}`, LIMITS.fieldValue), inline: false };
}

/** The offer button, when the answer has an offer stored under `offerKey`. */
export function offerButton(answer: AskAnswer, offerKey: string | null): APIButtonComponentWithCustomId[] {
  if (answer.offer === undefined || offerKey === null) return [];
  return [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: offerCustomId(offerKey), label: truncate(offerLine(answer.offer), 80) }];
}

export interface KindMessageOptions {
  all: boolean;
  /** The stored answer's key, for "Show all" and 👍 / 👎. */
  key: string;
  /** Where the offered question is stored, or null. */
  offerKey: string | null;
  note?: string | null;
}

/** The messages for a kind answer with a body of its own. */
export function formatKind(answer: AskAnswer, kind: KindAnswer, options: KindMessageOptions): DiscordMessage[] {
  const description = [escapeText(kind.headline)];
  const preface = answerPreface(answer);
  if (preface !== null) description.unshift(`-# ${escapeText(preface)}`);
  if (options.note != null) description.push(`-# ${escapeText(options.note)}`);
  const grades = answer.grades !== undefined && answer.grades.rows.length > 0 ? gradeFields(answer.grades) : [];
  const gradesShown = options.all ? grades : grades.slice(0, FIRST_PAGE_ROWS);
  const { shown, total } = visitsShown(kind, options.all);
  const fields = [...gradesShown, ...shown.map(visitField)];
  const cut = gradesShown.length < grades.length || shown.length < total;
  const footer = [
    ...kind.notes,
    ...(gradesShown.length > 0 ? ['Each grade is cited by the report that printed it.'] : []),
    ...[shownLine(gradesShown.length, grades.length), shownLine(shown.length, total)].filter((l): l is string => l !== null),
    ...(answer.results.length === 0 && (answer.suggestions ?? []).length > 0 ? [`Try: ${(answer.suggestions ?? []).slice(0, 6).join(' · ')}`] : []),
  ].join('\n');
  const embeds: APIEmbed[] = [];
  for (let i = 0; i === 0 || i < fields.length; i += LIMITS.fields) {
    embeds.push({ color: EMBED_COLOUR, ...(i === 0 ? { description: truncate(description.join('\n'), LIMITS.description) } : {}), fields: fields.slice(i, i + LIMITS.fields) });
  }
  const last = embeds[embeds.length - 1] as APIEmbed;
  if (footer !== '') last.footer = { text: truncate(footer, LIMITS.footer) };
  const sections = kindSections(kind);
  for (const group of sections) {
    group.hits.forEach((hit, i) => embeds.push(i === 0 ? { ...hitEmbed(hit), author: { name: truncate(group.heading, LIMITS.author) } } : hitEmbed(hit)));
  }
  if (sections.length === 0) embeds.push(...answer.results.map(hitEmbed));
  const question = truncate(escapeText(answer.question.replace(/\s+/g, ' ')), 300);
  const message: DiscordMessage = { content: `“${question}”`, embeds };
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (cut) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: showAllCustomId(options.key), label: 'Show all' });
  buttons.push(
    ...offerButton(answer, options.offerKey),
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('up', options.key), emoji: { name: '👍' } },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: feedbackCustomId('down', options.key), emoji: { name: '👎' } },
  );
  message.components = [{ type: ComponentType.ActionRow, components: buttons }];
  return splitMessage(message);
}

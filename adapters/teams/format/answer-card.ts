/**
 * The card answering a question with paragraphs: each result is the
 * inspectors' words with the matched terms in bold, its citation (`Bury 2025
 * ILACS, ¶6`, date, section) and "Open the report" where the report's address
 * is known; then "More results", the offer of another answer, and 👍 / 👎.
 */
import type { AskAnswer, Hit, Understanding } from '../../../src/index.ts';
import { answerPreface } from '../../../src/index.ts';
import { longDate, offerLine } from '../../kind-view.ts';
import { actionSet, card, container, openUrl, submit, subtle, text, type Action, type Attachment, type Element } from './card.ts';
import { cardLink, escapeCardText, highlightCard } from './text.ts';
import { links } from '../../citation-links.ts';

/** Results per card: a handful, so a thread stays readable. */
export const PAGE_SIZE = 3;

/** "published 12 March 2025", or the inspection date, or the year. */
function dateLabel(hit: Pick<Hit, 'published' | 'inspectionStart' | 'year'>): string {
  const published = longDate(hit.published);
  if (published !== null) return `published ${published}`;
  const started = longDate(hit.inspectionStart);
  return started !== null ? `inspection began ${started}` : String(hit.year);
}

/** The citation line: **Bury 2025 ILACS, ¶6** · published … · section. */
export function citationLine(hit: Hit): string {
  // The citation links to the paragraph in the web reader (PUBLIC_URL), else to the report's PDF.
  const parts = [`**${cardLink(links().paragraph(hit), escapeCardText(hit.citation))}**`, escapeCardText(dateLabel(hit))];
  if (hit.section.trim() !== '') parts.push(`_${escapeCardText(hit.section.trim())}_`);
  return parts.join(' · ');
}

/** The same citation as plain text, for a card's summary. */
export function citationText(hit: Hit): string {
  return `${hit.citation} (${dateLabel(hit)})`;
}

/** One quoted paragraph: the quote, its citation, and "Open the report" when its address is known. */
export function hitElements(hit: Hit, quote: { text: string; spans: Hit['quoteSpans'] } = { text: hit.quote, spans: hit.quoteSpans }): Element[] {
  const items: Element[] = [text(highlightCard(quote.text.trim(), quote.spans)), subtle(citationLine(hit))];
  const link = links().paragraph(hit);
  if (link !== null) items.push(actionSet([openUrl('Open the report', link)]));
  return [container(items, { separator: true, spacing: 'Medium' })];
}

/** 👍 / 👎 for the answer stored under `key`. */
export function feedbackActions(key: string): Action[] {
  return [submit('👍', { ofsted: 'vote', key, vote: 'up' }), submit('👎', { ofsted: 'vote', key, vote: 'down' })];
}

/** The offer of another reading of the question ("Did you want the list of…?"), as a line and a button. */
export function offerParts(answer: AskAnswer, offerKey: string | null): { line: Element[]; action: Action[] } {
  if (answer.offer === undefined || offerKey === null) return { line: [], action: [] };
  return { line: [subtle(escapeCardText(offerLine(answer.offer)))], action: [submit(answer.offer.text.slice(0, 60), { ofsted: 'offer', key: offerKey })] };
}

function understoodLine(understood: Understanding): string | null {
  const parts: string[] = [];
  if (understood.authorities.length > 0) parts.push(understood.authorities.join(', '));
  if (understood.year === 'latest') parts.push('latest inspection');
  else if (understood.year !== null) parts.push(String(understood.year));
  if (understood.areas.length > 0) parts.push(understood.areas.map((area) => area.replace(/-/g, ' ')).join(', '));
  return parts.length === 0 ? null : `Looking in: ${parts.join(' · ')}`;
}

export interface AskCardOptions {
  offset: number;
  /** The stored answer's key, for More results and 👍 / 👎. */
  key: string;
  offerKey: string | null;
  /** A line under the heading (the channel's default authority), or null. */
  note: string | null;
}

/** The card for a page of paragraph results (the answer has results). */
export function askCard(answer: AskAnswer, options: AskCardOptions): Attachment {
  const { offset } = options;
  const last = offset + answer.results.length;
  const range = offset + 1 === last ? `${last}` : `${offset + 1}–${last}`;
  const question = escapeCardText(answer.question.trim());
  const body: Element[] =
    offset === 0
      ? [text(`**“${question}”**`, { size: 'Medium' }), subtle(`What inspectors wrote: ${range} of ${answer.total} matching paragraph${answer.total === 1 ? '' : 's'}`)]
      : [text(`More on **“${question}”**: ${range} of ${answer.total}`)];
  const preface = offset === 0 ? answerPreface(answer) : null;
  const understood = offset === 0 ? understoodLine(answer.understood) : null;
  if (preface !== null) body.push(subtle(`_${escapeCardText(preface)}_`));
  else if (understood !== null) body.push(subtle(escapeCardText(understood)));
  if (options.note !== null) body.push(subtle(escapeCardText(options.note)));
  for (const hit of answer.results) body.push(...hitElements(hit));
  const offer = offset === 0 ? offerParts(answer, options.offerKey) : { line: [], action: [] };
  body.push(...offer.line);
  const actions: Action[] = [];
  if (last < answer.total) actions.push(submit('More results', { ofsted: 'more', key: options.key, offset: last }));
  actions.push(...offer.action, ...feedbackActions(options.key));
  return card(body, actions);
}

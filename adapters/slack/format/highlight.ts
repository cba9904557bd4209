/**
 * A quote as a mrkdwn block quote with the matched terms in bold. The quote's
 * own characters are escaped; only the `>` line markers and the `*` bold
 * markers are ours.
 */
import type { Span } from '../../../src/answer-types.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

interface Piece {
  text: string;
  bold: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Sort, clamp and merge spans, and widen each to whole words: Slack only
 * renders `*bold*` when the markers sit at word boundaries, so a stem match
 * inside "safeguarding" must bold the whole word or it shows raw asterisks.
 */
export function normaliseSpans(text: string, spans: readonly Span[]): Span[] {
  const widened: Span[] = [];
  for (const span of spans) {
    let start = Math.max(0, Math.min(span.start, text.length));
    let end = Math.max(start, Math.min(span.end, text.length));
    while (start < end && !WORD_CHAR.test(text[start] ?? '')) start += 1;
    while (end > start && !WORD_CHAR.test(text[end - 1] ?? '')) end -= 1;
    if (start === end) continue;
    while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start -= 1;
    while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end += 1;
    widened.push({ start, end });
  }
  widened.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of widened) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span.start <= previous.end) {
      previous.end = Math.max(previous.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

function pieces(text: string, spans: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let position = 0;
  for (const span of normaliseSpans(text, spans)) {
    if (span.start > position) out.push({ text: text.slice(position, span.start), bold: false });
    out.push({ text: text.slice(span.start, span.end), bold: true });
    position = span.end;
  }
  if (position < text.length) out.push({ text: text.slice(position), bold: false });
  return out;
}

function render(piece: Piece): string {
  const escaped = escapeMrkdwn(piece.text);
  // Each line of a bold run needs its own markers: mrkdwn bold cannot span lines.
  return piece.bold
    ? escaped
        .split('\n')
        .map((line) => (line.trim() === '' ? line : `*${line}*`))
        .join('\n')
    : escaped;
}

/**
 * Render `quote` as mrkdwn: bold matched terms, every line prefixed with the
 * block-quote marker, at most `maxChars` characters (cut with "…" between
 * words, never inside a bold run or an entity).
 */
export function highlightQuote(quote: string, spans: readonly Span[], maxChars = 2900): string {
  const normalised = quote.replace(/\r\n?/g, '\n').trim();
  let body = '';
  // Budget for the "> " markers added to each line afterwards.
  const lineCount = normalised.split('\n').length;
  const budget = maxChars - 2 * lineCount - 1;
  for (const piece of pieces(normalised, spans)) {
    const rendered = render(piece);
    if (body.length + rendered.length <= budget) {
      body += rendered;
      continue;
    }
    if (!piece.bold) {
      // Cut plain text at the last whole word that fits. Escaping only ever
      // lengthens text, so shrinking in proportion converges in a few rounds.
      const room = Math.max(0, budget - body.length);
      let slice = piece.text;
      for (let escaped = escapeMrkdwn(slice).length; escaped > room; escaped = escapeMrkdwn(slice).length) {
        const keep = Math.min(slice.length - 1, Math.floor((slice.length * room) / escaped));
        slice = slice.slice(0, Math.max(0, keep));
      }
      body += escapeMrkdwn(slice.replace(/\s+\S*$/, ''));
    }
    body = `${body.trimEnd()}…`;
    break;
  }
  return body
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

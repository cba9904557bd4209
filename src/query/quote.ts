/**
 * Quotes: the whole sentences of a paragraph around the words that matched,
 * short enough to read in a chat message, with the match spans carried over
 * so adapters can bold them. A quote never changes the inspectors' words: it
 * only chooses which sentences to show, marking cuts with "…".
 */
import type { Span } from '../answer-types.ts';

/** Quotes aim to stay under this many characters (whole sentences permitting). */
export const QUOTE_LIMIT = 600;
const ELLIPSIS = '…';

/** Sentence ranges of `text`: a sentence ends at . ! or ? followed by space and a capital, digit or quote. */
function sentenceRanges(text: string): Span[] {
  const ranges: Span[] = [];
  const boundary = /[.!?][’”"')]*\s+(?=[A-Z0-9‘“"'(])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    // "e.g. The" and "i.e. A" are not sentence ends.
    if (/\b(?:e\.g|i\.e|etc|St|Dr|Mr|Mrs|Ms|No)\.$/.test(text.slice(start, end))) continue;
    ranges.push({ start, end });
    start = (match.index ?? 0) + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** Sort spans and merge overlapping or touching ones. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

export interface Quote {
  quote: string;
  spans: Span[];
}

/**
 * The best window of whole sentences around `spans` in `text` (the window
 * holding the most matches, grown while it fits {@link QUOTE_LIMIT}).
 */
export function makeQuote(text: string, spans: readonly Span[], limit: number = QUOTE_LIMIT): Quote {
  const merged = mergeSpans(spans);
  if (text.length <= limit) return { quote: text, spans: merged };

  const sentences = sentenceRanges(text);
  const hits = sentences.map((s) => merged.filter((m) => m.start < s.end && m.end > s.start).length);
  // Start from the sentence with the most matches (the first, on ties).
  let best = 0;
  hits.forEach((h, i) => {
    if (h > (hits[best] ?? 0)) best = i;
  });
  let from = best;
  let to = best;
  const width = (a: number, b: number): number => (sentences[b]?.end ?? 0) - (sentences[a]?.start ?? 0);
  // Grow forwards first (a finding usually explains itself after), then backwards.
  for (let grew = true; grew; ) {
    grew = false;
    if (to + 1 < sentences.length && width(from, to + 1) <= limit) {
      to += 1;
      grew = true;
    } else if (from > 0 && width(from - 1, to) <= limit) {
      from -= 1;
      grew = true;
    }
  }
  const first = sentences[from];
  const last = sentences[to];
  if (first === undefined || last === undefined) return { quote: text, spans: merged };
  let start = first.start;
  let end = last.end;
  if (end - start > limit) {
    // One sentence longer than the limit: cut at a word boundary.
    const cut = text.lastIndexOf(' ', start + limit);
    end = cut > start ? cut : start + limit;
  }
  const prefix = start > 0 ? `${ELLIPSIS} ` : '';
  const suffix = end < text.length ? ` ${ELLIPSIS}` : '';
  const quote = `${prefix}${text.slice(start, end)}${suffix}`;
  const shift = prefix.length - start;
  const inside = merged
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start + shift, end: m.end + shift }));
  return { quote, spans: inside };
}

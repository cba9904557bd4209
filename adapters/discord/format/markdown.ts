/**
 * Markdown helpers for report text. Inspectors' words are shown verbatim, so
 * any character Discord would read as markdown is escaped first; only the
 * bold we add around matched terms is markup.
 */
import type { Span } from '../../../src/answer-types.ts';

/** `text` with Discord markdown characters escaped, so it renders as written. */
export function escapeText(text: string): string {
  return text
    // Bidi controls: an echoed right-to-left override would reverse the rest of the message.
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/<(?=[@#:a!])/g, '<\u200b')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

/** `[text](url)` (text already escaped), or the text alone when there is no url; brackets and spaces in the url are encoded. */
export function markdownLink(url: string | null, text: string): string {
  return url === null ? text : `[${text}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}

/** Sorted, merged spans clipped to `length`; tolerant of whatever the core returns. */
function cleanSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    // Overlapping or touching spans merge: "**a****b**" would not render as bold.
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** `text` escaped, with each span (matched term) in bold. */
export function highlight(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of cleanSpans(spans, text.length)) {
    const inner = text.slice(span.start, span.end);
    // Bold markers hugging spaces do not render, so keep spaces outside them.
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    const word = inner.trim();
    out += escapeText(text.slice(at, span.start + lead));
    out += word === '' ? '' : `**${escapeText(word)}**`;
    at = span.end - trail;
  }
  return out + escapeText(text.slice(at));
}

/** Every line of `text` as a Discord block quote. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-03-03" → "3 March 2025"; anything unparseable is returned as given. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** "6 January 2025" or "6 to 17 January 2025" for an inspection's dates. */
export function formatRange(start: string | null, end: string | null): string | null {
  const from = formatDate(start);
  const to = formatDate(end);
  if (from === null) return to;
  if (to === null || to === from) return from;
  // "9 to 20 June 2025" rather than repeating the month and year.
  const [, fromDay, fromRest] = /^(\d+) (.+)$/.exec(from) ?? [];
  const [, , toRest] = /^(\d+) (.+)$/.exec(to) ?? [];
  if (fromDay !== undefined && fromRest !== undefined && fromRest === toRest) return `${fromDay} to ${to}`;
  return `${from} to ${to}`;
}

/**
 * Text safety for Teams. Adaptive Card text blocks read a little markdown
 * (bold, italics, links, lists), and message text can carry `<at>` mention
 * tags; Teams only mentions someone (a person, a channel, a team) when the
 * activity lists the mention in its `entities`, which this bot never does.
 * On top of that, everything a user typed or a report printed goes through
 * {@link escapeCardText} before it is shown: markdown characters become
 * look-alikes Teams does not read as markup, `<` and `>` can never form a tag,
 * bidi controls are dropped, and `@channel`-like words get a word joiner.
 */
import type { Span } from '../../../src/index.ts';

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217',
  _: '\u02cd',
  '`': '\u02cb',
  '~': '\u223c',
  '[': '\uff3b',
  ']': '\uff3d',
  '<': '\u2039',
  '>': '\u203a',
  '#': '\uff03',
};

/** `[text](url)` (text already escaped) in a card's markdown, or the text alone when there is no url; brackets and spaces in the url are encoded. */
export function cardLink(url: string | null, text: string): string {
  return url === null ? text : `[${text}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}

/** Escape text for an Adaptive Card text block (or a plain message), keeping it readable. */
export function escapeCardText(text: string): string {
  return (
    text
      .replace(BIDI_CONTROLS, '')
      // An underscore inside a word (not_in_channel) is never markup, and is kept.
      .replace(/[*`~[\]<>#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => LOOKALIKES[c] ?? c)
      // A line starting "- ", "+ " or "1. " would become a list item.
      .replace(/^(\s*)([-+])(\s)/gm, '$1\u2011$3')
      .replace(/^(\s*\d+)\.(\s)/gm, '$1\u2024$2')
      .replace(/@(channel|here|everyone|team|general)\b/gi, '@\u2060$1')
  );
}

/** Bold (`**…**`) each matched span of `text`, escaping the rest; markers never hug spaces. */
export function highlightCard(text: string, spans: readonly Span[]): string {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    const inner = text.slice(span.start, span.end);
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    out += escapeCardText(text.slice(at, span.start + lead));
    const word = inner.trim();
    // Bold cannot span lines: each line of a run gets its own markers.
    out += word === '' ? '' : word.split('\n').map((line) => (line.trim() === '' ? line : `**${escapeCardText(line)}**`)).join('\n');
    at = span.end - trail;
  }
  return out + escapeCardText(text.slice(at));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The question in a Teams message: the bot's mention (and any other
 * mention, of a person, channel or team) removed, HTML Teams may wrap the
 * text in dropped, entities decoded, whitespace tidied. Plain text for the
 * core; it is escaped again before it is shown.
 */
export function questionText(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Passages a message quotes from a report, in double quotes: staff paste a
 * sentence or two and ask about it ("\"…the response is too slow.\" Did
 * Solihull get out of inadequate at the inspection after this one?"). The
 * question is read without a long passage (understand.ts, and the kind
 * readers' words, kinds/kind-helpers.ts), since its sector words say nothing
 * of what kind of answer is wanted; asked where a passage comes from, the
 * passage is searched, and the paragraph holding it word for word comes first
 * (ask.ts).
 */

/** A passage in double quotes, straight or curly: "…the response is too slow." */
const QUOTATION = /["“”]([^"“”]*)["“”]/g;

/**
 * The message without the passages it quotes from a report (six words or more in double quotes), each replaced by
 * spaces, when words are left outside them: what the kind readers read ("\"The response to private fostering is
 * particularly weak…\" That's from Havering's inadequate report. What do other inadequate councils' reports say?"
 * asks of other councils; the quotation's sector words are not what kind of answer it wants), unless it asks where
 * the passage comes from (understand.ts).
 */
export function withoutQuotations(message: string): string {
  const out = message.replace(QUOTATION, (whole, inner: string) => (inner.trim().split(/\s+/).length >= 6 ? ' '.repeat(whole.length) : whole));
  return out.trim().split(/\s+/).length >= 3 ? out : message;
}

/** Lower-case words only, one space apart: how a quoted passage and a paragraph are set side by side. */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The longest passage the message quotes in double quotes, of four words or more, as {@link plainWords}; else null. */
export function quotedPassage(message: string): string | null {
  const passages = [...message.matchAll(QUOTATION)].map((m) => plainWords(m[1] ?? '')).filter((p) => p.split(' ').length >= 4);
  return passages.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Asking where a quoted passage comes from: then the passage is what is searched. */
export const ASKS_THE_SOURCE = /\b(?:where (?:is|was|does|did) (?:this|that|it) (?:from|come|came)|which (?:report|council|authority|inspection|letter|visit) (?:said|says|is|was|wrote)|(?:what|which) report|who (?:said|wrote)|source|come from|came from|find (?:this|that|the) (?:quote|passage|paragraph))\b/i;


/**
 * The asker's own council, named as context beside the council a question
 * is about: "how is Tameside doing these days? we're next door in Stockport",
 * "has Bradford moved up since 2022? we're Calderdale", "I'm at Warrington,
 * what did Halton get?". understand.ts reads the message without it when the
 * rest still names a council, so the answer is about that one and never a
 * comparison nobody asked for; a message naming only the asker's council
 * ("we're in Stockport - how did we do?") is read whole.
 */

/** "We're (over the border / next door) in X", "I'm at X", "asking from X", "we're X", "they're our neighbours in X". */
const ASKERS_COUNCIL =
  /(?<=^|[.!?;,:–—-]\s*|\s)(?:(?:we re|we are|i m|im|i am|i work|we work)(?: (?:over the border|across the border|next door|just next door|just down the road|down the road|up the road|nearby|based|(?:the )?neighbours?))?(?: in| at| from| for| with)?|(?:i m |im |i am |we re |we are )?(?:asking|writing) (?:from|for)|(?:they re|they are|theyre) (?:our|my) (?:neighbours|neighbors|neighbour|neighbor)(?: in| to)?) ((?:[a-z]+ ){0,3}?[a-z]+)(?=\s*(?:[.!?,;:)]|$| and | so | but | too ))/g;

/**
 * `text` with each clause naming the asker's own council blanked (positions kept), or null when it has none. The
 * caller decides whether the rest still names a council.
 */
export function withoutAskersCouncil(text: string): string | null {
  const lower = text.toLowerCase().replace(/[’']/g, ' ');
  if (lower.length !== text.length) return null;
  let out = text;
  for (const match of lower.matchAll(ASKERS_COUNCIL)) {
    const start = match.index ?? 0;
    out = out.slice(0, start) + ' '.repeat(match[0].length) + out.slice(start + match[0].length);
  }
  return out === text ? null : out;
}

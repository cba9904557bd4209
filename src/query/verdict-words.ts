/**
 * Words people use for how an inspection or a visit went, as a verdict on
 * the whole of it rather than a topic within it: "did they get slammed?",
 * "were they let off lightly?", "did Ofsted tear them apart?", "had they
 * pulled their socks up?", "a glowing report?", "how grim was it?". The grade
 * reader and the focused-visit reader both read them as asking how it went
 * (the grades, or the visit as a whole), never as words to search for.
 */
export const VERDICT_WORDS: readonly string[] = (
  'slammed slam slams slated slating torn tear tore apart grim glowing smash smashed smashing nailed crash disaster disastrous ' +
  'let off lightly harsh harshly damning savaged hammered pull pulled socks honest'
).split(' ');

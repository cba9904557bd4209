/**
 * The search pipeline: one definition of how text becomes index terms, used
 * by the index builder (as registered Lunr pipeline functions, so a saved
 * index names them) and by the query side (run over a whole question, so
 * multi-word forms like "local authority designated officer" are seen).
 *
 * Call {@link registerPipeline} before loading a serialised index: Lunr
 * refuses to load an index whose pipeline names functions it does not know.
 */
import lunr from 'lunr';
import { necessityOf } from './term-necessity.ts';
import { splitWords, tokenizer } from './tokenize.ts';
import { ABBREVIATIONS, FRAMING_WORDS, INTENT_WORDS, QUESTION_ALIAS_WORDS, QUESTION_ALIASES, QUESTION_STOP_WORDS, SECTOR_STOP_WORDS, SYNONYMS, type Concept } from './vocabulary.ts';

/** Bump when anything here changes what terms a text produces: the saved index is then stale. */
export const PIPELINE_VERSION = 17;

/** Names the saved index records for its pipeline functions. */
const FUNCTION_LABELS = {
  concepts: 'ofsted-concepts',
  stopWords: 'ofsted-stop-words',
  /** Never in a saved index (the builder uses Lunr's own stemmer); named so Lunr does not warn when termPositions adds it. */
  cachedStemmer: 'ofsted-cached-stemmer',
} as const;

/** Compare words loosely: plural "s" does not matter ("officers" ~ "officer"). */
function loose(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

interface PhraseRule {
  words: string[];
  token: string;
}

const ALL_CONCEPTS: readonly Concept[] = [...ABBREVIATIONS, ...SYNONYMS];

/** Single words of the plain-English synonym groups (see queryTerms). */
const SYNONYM_WORDS = new Set(SYNONYMS.flatMap((c) => c.words));
/** Every concept's token: an alias naming one searches the concept, not a word. */
const CONCEPT_TOKENS = new Set([...ABBREVIATIONS, ...SYNONYMS].map((c) => c.token));
const FRAMING = new Set(FRAMING_WORDS);

/** Multi-word forms by their first (loose) word, longest first. */
const PHRASES = new Map<string, PhraseRule[]>();
/** Single-word forms → concept tokens. */
const WORDS = new Map<string, string[]>();

/** English words that look like an abbreviation's plural ("SEND" → "sends") and are not. */
const NOT_PLURALS = new Set(['sends']);

/**
 * An abbreviation's plural as people write it ("DCSs", "CINs", "PLOs"): the
 * loose plural fold leaves "dcss" and short words alone, so each short
 * abbreviation's "s" form is listed here.
 */
function abbreviationPlurals(concept: Concept): string[] {
  if (!ABBREVIATIONS.includes(concept)) return [];
  return concept.words.filter((w) => w.length <= 5).map((w) => `${w}s`).filter((w) => !NOT_PLURALS.has(w) && !concept.words.includes(w));
}

for (const concept of ALL_CONCEPTS) {
  for (const word of [...concept.words, ...abbreviationPlurals(concept)]) {
    const key = loose(word);
    const tokens = WORDS.get(key) ?? [];
    if (!tokens.includes(concept.token)) WORDS.set(key, [...tokens, concept.token]);
  }
  for (const phrase of concept.phrases) {
    const words = splitWords(phrase).map((t) => loose(t.word));
    const first = words[0];
    if (first === undefined) continue;
    const rules = PHRASES.get(first) ?? [];
    rules.push({ words, token: concept.token });
    rules.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(first, rules);
  }
}

/** Concepts with a pattern for a family of single words (local boards' initials). */
const PATTERNS = ALL_CONCEPTS.flatMap((c) => (c.pattern === undefined ? [] : [{ pattern: c.pattern, token: c.token }]));

/** A concept found in a word sequence: tokens [from, to) spell it. */
interface ConceptMatch {
  token: string;
  from: number;
  to: number;
}

/** Every concept starting at word `i` of `words` (longest phrase first, then single-word forms). */
function conceptsAt(words: readonly string[], i: number): ConceptMatch[] {
  const first = words[i];
  if (first === undefined) return [];
  const key = loose(first);
  const found: ConceptMatch[] = [];
  const seen = new Set<string>();
  for (const rule of PHRASES.get(key) ?? []) {
    if (seen.has(rule.token)) continue;
    const fits = rule.words.every((w, k) => {
      const candidate = words[i + k];
      return candidate !== undefined && loose(candidate) === w;
    });
    if (fits) {
      found.push({ token: rule.token, from: i, to: i + rule.words.length });
      seen.add(rule.token);
    }
  }
  for (const token of WORDS.get(key) ?? []) {
    if (!seen.has(token)) {
      found.push({ token, from: i, to: i + 1 });
      seen.add(token);
    }
  }
  for (const { pattern, token } of PATTERNS) {
    if (!seen.has(token) && pattern.test(first)) {
      found.push({ token, from: i, to: i + 1 });
      seen.add(token);
    }
  }
  return found;
}

/**
 * Lunr pipeline function (index time): keeps each word and adds the concept
 * tokens that start at it, positioned over the whole phrase for highlighting.
 */
function conceptFilter(token: lunr.Token, i: number, tokens: lunr.Token[]): lunr.Token[] {
  const words = wordsOf(tokens);
  const out: lunr.Token[] = [token];
  for (const match of conceptsAt(words, i)) {
    if (match.token === token.toString()) continue;
    const [start] = positionOf(token);
    const last = tokens[match.to - 1] ?? token;
    const [lastStart, lastLength] = positionOf(last);
    // A new metadata object: Token.clone() would share (and so overwrite) the word's.
    out.push(new lunr.Token(match.token, { ...metadataOf(token), position: [start, lastStart + lastLength - start] }));
  }
  return out;
}

/** The token strings of a field, computed once per field rather than once per token. */
const WORDS_OF = new WeakMap<lunr.Token[], string[]>();
function wordsOf(tokens: lunr.Token[]): string[] {
  let words = WORDS_OF.get(tokens);
  if (words === undefined) {
    words = tokens.map((t) => t.toString());
    WORDS_OF.set(tokens, words);
  }
  return words;
}

/** Lunr's typings hide Token.metadata; the builder reads it for positions. */
function metadataOf(token: lunr.Token): Record<string, unknown> {
  return (token as unknown as { metadata: Record<string, unknown> }).metadata;
}

function positionOf(token: lunr.Token): [number, number] {
  const position = metadataOf(token)['position'] as [number, number] | undefined;
  return position ?? [0, 0];
}

const INDEX_STOP_WORDS = new Set<string>([...lunrStopWords(), ...SECTOR_STOP_WORDS]);
const QUERY_STOP_WORDS = new Set<string>([...INDEX_STOP_WORDS, ...QUESTION_STOP_WORDS]);

function lunrStopWords(): string[] {
  // Lunr keeps its English list inside a closure; probe it with the filter itself.
  const probe = 'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your';
  return probe.split(' ').filter((w) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined);
}

/** Lunr pipeline function: drops English and sector stop words (concept tokens are never stop words). */
function stopWordFilter(token: lunr.Token): lunr.Token | undefined {
  return INDEX_STOP_WORDS.has(token.toString()) ? undefined : token;
}

let registered = false;

/** Register the custom pipeline functions with Lunr (idempotent). Must run before `lunr.Index.load`. */
export function registerPipeline(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(conceptFilter as lunr.PipelineFunction, FUNCTION_LABELS.concepts);
  lunr.Pipeline.registerFunction(stopWordFilter as lunr.PipelineFunction, FUNCTION_LABELS.stopWords);
  lunr.Pipeline.registerFunction(cachedStemmer as lunr.PipelineFunction, FUNCTION_LABELS.cachedStemmer);
  registered = true;
}

/** Configure a Lunr builder with our tokenizer-compatible pipeline. */
export function configureBuilder(builder: lunr.Builder): void {
  registerPipeline();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(conceptFilter as lunr.PipelineFunction, stopWordFilter as lunr.PipelineFunction, lunr.stemmer);
  // Query terms are processed by queryTerms() (which needs the whole question), so the
  // search pipeline only stems; it is recorded in the saved index.
  builder.searchPipeline.add(lunr.stemmer);
}

/** The index pipeline, for re-running it over a paragraph (see {@link termPositions}). */
let indexPipeline: lunr.Pipeline | undefined;

/** Porter stems already computed: the paragraphs shown re-run the pipeline, and their words recur. */
const PORTER = new Map<string, string>();
/** Past this many words the cache starts again, so what users type cannot grow it without end. */
const PORTER_CACHE_LIMIT = 100_000;

/** Lunr's stemmer (the same stems), remembering each word's: stemming was a tenth of a question's time (--cpu-prof). */
function cachedStemmer(token: lunr.Token): lunr.Token {
  return token.update((word) => {
    let stemmed = PORTER.get(word);
    if (stemmed === undefined) {
      stemmed = lunr.stemmer(new lunr.Token(word, {})).toString();
      if (PORTER.size >= PORTER_CACHE_LIMIT) PORTER.clear();
      PORTER.set(word, stemmed);
    }
    return stemmed;
  });
}

/** Lunr's stem of one word, as the index pipeline gives it. */
export function porterStem(word: string): string {
  return cachedStemmer(new lunr.Token(word, {})).toString();
}

/**
 * Where each index term occurs in `text`: exactly the positions Lunr would
 * store with `metadataWhitelist = ['position']`, computed for the few
 * paragraphs shown instead of stored for all (that halves the index and its
 * load time, and makes queries twice as fast — see the README's figures).
 */
export function termPositions(text: string): Array<{ term: string; start: number; length: number }> {
  if (indexPipeline === undefined) {
    registerPipeline();
    indexPipeline = new lunr.Pipeline();
    indexPipeline.add(conceptFilter as lunr.PipelineFunction, stopWordFilter as lunr.PipelineFunction, cachedStemmer as lunr.PipelineFunction);
  }
  return indexPipeline.run(tokenizer(text)).map((token) => {
    const [start, length] = positionOf(token);
    return { term: token.toString(), start, length };
  });
}

/** One term of a query, ready for `query.term(..., { usePipeline: false })`. */
export interface QueryTerm {
  /** The stemmed index term. */
  term: string;
  /** The word(s) of the question it came from, for "searched for" messages. */
  source: string;
  /** True when it stands for an abbreviation or synonym group. */
  concept: boolean;
  /** How much the term counts (1, or {@link INTENT_WEIGHT} for an intent word). */
  weight: number;
  /** For an intent word (see INTENT_WORDS), the leaning it gives the question. */
  intent?: 'positive' | 'negative';
}

/**
 * What a framing word (vocabulary.ts, FRAMING_WORDS) counts for beside a topic
 * word. At 0.5, held-back recall@3 0.893 → 0.895 and tuning recall@1 0.854 →
 * 0.860; at 0.25, held-back recall@1 0.783 → 0.781 and tuning unchanged.
 */
export const FRAMING_WEIGHT = 0.5;

/** What an intent word counts for beside a topic word: enough to break ties, never enough to find candidates. */
export const INTENT_WEIGHT = 0.25;

const INTENT = new Map<string, 'positive' | 'negative'>([
  ...INTENT_WORDS.positive.map((w) => [w, 'positive'] as const),
  ...INTENT_WORDS.negative.map((w) => [w, 'negative'] as const),
]);

/** Words before "missing" that make it "what is lacking" ("what's missing from the local offer"), not a missing child. */
const LACKING_BEFORE = new Set(['what', 'whats', 'anything', 'something', 'nothing', 'thats', 'that', 'still', 'is']);

/** Verbs of doing the work, after which "well" or "badly" says how it goes. */
const DOING = new Set(['do', 'does', 'did', 'doing', 'done', 'go', 'goes', 'going', 'went', 'gone', 'work', 'works', 'working', 'worked', 'run', 'runs', 'running', 'handle', 'handles', 'handled', 'manage', 'manages', 'managed']);

/** Words that turn an intent word round: "not good enough", "isn't effective", "never strong". */
const NEGATORS = new Set(['not', 'isnt', 'arent', 'wasnt', 'werent', 'never', 'no', 'hardly', 'dont', 'doesnt', 'nt']);
/** Words that may stand between a negator and the intent word ("not very good", "not as strong"). */
const SOFTENERS = new Set(['very', 'so', 'as', 'that', 'particularly', 'really', 'always', 'consistently', 'yet', 'quite', 'too']);

/** The leaning word `i` of `words` gives a question, if it is an intent word there. */
function intentAt(words: readonly string[], i: number): 'positive' | 'negative' | undefined {
  const word = words[i] ?? '';
  if (word === 'missing') return LACKING_BEFORE.has(words[i - 1] ?? '') && words[i + 1] !== 'children' ? 'negative' : undefined;
  // "What does Kent do well for care leavers?", "what is going badly?": how the work goes, said of doing it.
  if ((word === 'well' || word === 'badly') && DOING.has(words[i - 1] ?? '')) return word === 'well' ? 'positive' : 'negative';
  const intent = INTENT.get(word);
  if (intent === undefined) return undefined;
  let before = i - 1;
  while (before >= 0 && SOFTENERS.has(words[before] ?? '')) before -= 1;
  if (!NEGATORS.has(words[before] ?? '')) return intent;
  return intent === 'positive' ? 'negative' : 'positive';
}

/** The longest {@link QUESTION_ALIASES} key starting at word `i`, and where it ends. */
function aliasAt(words: readonly string[], i: number): { targets: readonly string[]; to: number } | undefined {
  for (let n = Math.min(QUESTION_ALIAS_WORDS, words.length - i); n >= 1; n--) {
    const targets = QUESTION_ALIASES.get(words.slice(i, i + n).join(' '));
    if (targets !== undefined) return { targets, to: i + n };
  }
  return undefined;
}

/**
 * The index terms for a question's words: multi-word forms become their
 * concept token (replacing the words), abbreviations their concept, stop words
 * (English, sector and conversational) are dropped, the rest stemmed.
 */
export function queryTerms(words: readonly string[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (term: string, source: string, concept: boolean, intent?: 'positive' | 'negative', weight = 1): void => {
    const stemmed = porterStem(term);
    if (stemmed === '' || seen.has(stemmed)) return;
    seen.add(stemmed);
    out.push(intent === undefined ? { term: stemmed, source, concept, weight } : { term: stemmed, source, concept, weight: INTENT_WEIGHT, intent });
  };
  for (let i = 0; i < words.length; ) {
    const matches = conceptsAt(words, i);
    const longest = matches.reduce((best, m) => Math.max(best, m.to), i + 1);
    if (matches.length > 0) {
      const source = words.slice(i, longest).join(' ');
      for (const match of matches.filter((m) => m.to === longest)) push(match.token, source, true);
      // A plain-English synonym group is broad ("homeless" ~ "accommodation"): the word itself is searched
      // too, so a paragraph saying exactly what was asked ranks above its neighbours in meaning.
      const word = words[i] ?? '';
      if (longest === i + 1 && SYNONYM_WORDS.has(word) && !QUERY_STOP_WORDS.has(word)) push(word, word, false);
      i = longest;
      continue;
    }
    const word = words[i] ?? '';
    // A staff word or phrase for what the reports say otherwise (vocabulary.ts): what they say, and a word beside
    // it. An idiom's own words are not searched: "breaking down" is not "short breaks", nor "run away" a run.
    const alias = aliasAt(words, i);
    if (alias !== undefined) {
      const source = words.slice(i, alias.to).join(' ');
      for (const target of alias.targets) push(target, source, CONCEPT_TOKENS.has(target));
      if (alias.to === i + 1) push(word, word, false);
      i = alias.to;
      continue;
    }
    const intent = intentAt(words, i);
    if (intent !== undefined) push(word, word, false, intent);
    // "What went wrong with the front door?", "what's gone well?": the verb before a leaning says how the work went,
    // and is no topic of its own.
    else if (DOING.has(word) && intentAt(words, i + 1) !== undefined) {
      i += 1;
      continue;
    }
    // A framing word ("keep", "over", "role") counts half: the question's verbs and fillers, rarely its topic; a word
    // seldom found in the answers it is asked for ("back", "properly") counts what the tuning half learned (term-necessity.ts).
    else if (!QUERY_STOP_WORDS.has(word) && !/^\d{1,2}$/.test(word)) push(word, word, false, undefined, Math.min(FRAMING.has(word) ? FRAMING_WEIGHT : 1, necessityOf(word)));
    i += 1;
  }
  return out;
}

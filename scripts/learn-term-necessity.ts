/**
 * `npm run learn-term-necessity [-- --check]`: learns how far each common
 * question word is needed in its answer (src/search/term-necessity.ts) from
 * the development set's tuning half only, and writes
 * src/search/term-necessity.json.
 *
 * For every tuning question with listed answers (one authority's; a
 * cross-authority question's answers are many and judged), each plain word
 * it searches (not a concept, an idiom or a phrase) counts as asked, and as
 * found when any listed answer's text holds one of its index
 * terms. A word asked in at least {@link MIN_ASKED} questions gets the
 * weight ((found + K·prior) / (asked + K)) / prior, at least {@link FLOOR};
 * only weights below 1 are kept. `--check` compares a fresh table with the
 * saved one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, understandIn, type CorpusContext } from '../src/query/context.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from '../src/search/index-file.ts';
import { queryTerms, termPositions } from '../src/search/pipeline.ts';
import { TERM_NECESSITY_FORMAT, type TermNecessityTable } from '../src/search/term-necessity.ts';
import { isCrossAuthority, listedAnswers, loadDevSet, type DevQuestion } from './dev-set.ts';

const OUT = path.join(import.meta.dirname, '..', 'src', 'search', 'term-necessity.json');
/** Questions a word must be asked in before its rate is trusted (measured: 4, 6, 8, 10, 12; 8 to 12 the same on both halves). */
export const MIN_ASKED = 8;
/** Smoothing: as if each word had been asked this many more times at the prior rate. */
export const K = 4;
/** The least a word counts: an intent word's share, so none counts for nothing. */
export const FLOOR = 0.25;

/** The table the tuning half gives. */
export function learnTermNecessity(context: CorpusContext, questions: readonly DevQuestion[]): TermNecessityTable {
  const paragraphs = new Map(context.paragraphs.map((p) => [`${p.reportId} ${p.label}`, p]));
  const counts = new Map<string, { asked: number; inAnswer: number }>();
  let asked = 0;
  let inAnswer = 0;
  for (const q of questions) {
    if ((q.half ?? 'tuning') !== 'tuning' || isCrossAuthority(q)) continue;
    const answers = [...listedAnswers(q)].map((key) => paragraphs.get(key)).filter((p) => p !== undefined);
    if (answers.length === 0) continue;
    const held = new Set(answers.flatMap((p) => termPositions(p.text).map((t) => t.term)));
    const bySource = new Map<string, string[]>();
    for (const t of queryTerms(understandIn(context, q.question).words)) {
      if (t.concept || t.source.includes(' ')) continue;
      bySource.set(t.source, [...(bySource.get(t.source) ?? []), t.term]);
    }
    for (const [word, terms] of bySource) {
      const found = terms.some((t) => held.has(t));
      const c = counts.get(word) ?? { asked: 0, inAnswer: 0 };
      c.asked += 1;
      if (found) c.inAnswer += 1;
      counts.set(word, c);
      asked += 1;
      if (found) inAnswer += 1;
    }
  }
  const prior = asked === 0 ? 1 : inAnswer / asked;
  const words: TermNecessityTable['words'] = {};
  for (const [word, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c.asked < MIN_ASKED) continue;
    const weight = Math.max(FLOOR, (c.inAnswer + K * prior) / (c.asked + K) / prior);
    if (weight < 1) words[word] = { ...c, weight: Number(weight.toFixed(3)) };
  }
  const description =
    `Learned by npm run learn-term-necessity from the development set's tuning half: ${asked} plain words asked in its single-answer questions, ` +
    `${inAnswer} of them found in a listed answer; words asked in at least ${MIN_ASKED} questions, smoothed by ${K} at the prior, floor ${FLOOR}.`;
  return { format: TERM_NECESSITY_FORMAT, description, prior: Number(prior.toFixed(4)), words };
}

async function main(): Promise<void> {
  const { file, index } = await loadIndexFile(DEFAULT_INDEX_DIR);
  const table = learnTermNecessity(createContext(file, index), await loadDevSet());
  const text = `${JSON.stringify(table, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    process.stdout.write(same ? 'learn-term-necessity: the saved table matches the tuning half\n' : 'learn-term-necessity: the saved table differs; run npm run learn-term-necessity\n');
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(OUT, text);
  process.stdout.write(`learn-term-necessity: wrote ${path.relative(process.cwd(), OUT)} (${Object.keys(table.words).length} words)\n`);
  for (const [word, e] of Object.entries(table.words)) process.stdout.write(`  ${word.padEnd(12)} asked ${String(e.asked).padStart(3)}, in the answer ${String(e.inAnswer).padStart(3)}: ${e.weight}\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) await main();

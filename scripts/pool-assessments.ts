/**
 * `npm run pool-assessments -- --out <dir>`: pooled relevance assessment of
 * the development set, the way test collections are judged.
 *
 * A question was written from one paragraph, and a cross-authority question
 * lists some answering paragraphs plus a judge of fixed regular expressions.
 * Other paragraphs may answer as well (a second paragraph saying the same
 * thing, an improvement item on the topic), and a judge can pass a paragraph
 * that does not answer. Counting those as misses, or as hits, misleads every
 * ranking decision made on the set.
 *
 * So the top results of two rankers (ours, and plain Lunr so the pool is not
 * only ours) are pooled for every question of both halves, minus what is
 * already listed, shuffled, and written without rank or origin for a person
 * to judge blind: does this paragraph answer the question as directly as the
 * listed one? Their verdicts are kept in `scripts/dev-set-assessments.json`
 * (read by scripts/dev-set.ts): "yes" counts as an answer, "no" overrides a
 * judge that passed it.
 *
 * The pool file holds held-back questions' results: it is for the assessor,
 * not for whoever tunes the ranker, and is written outside the repository.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus } from '../src/index.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from '../src/search/index-file.ts';
import { isCrossAuthority, listedAnswers, loadDevSet, type RankedParagraph } from './dev-set.ts';
import { loadAssessments } from './dev-set-assessments.ts';
import { plainLunr } from './plain-lunr.ts';
import { parseCliArgs, usageError } from '../adapters/cli/usage.ts';

const USAGE = `usage: npm run pool-assessments -- [options]
  --out <dir>       where the pool-*.json files for the assessor are written, outside the repository (required)
  --depth N         how many of our results are pooled per question (default 3; cross-authority questions: 5)
  --lunr-depth N    how many of plain Lunr's results are pooled per question (default 2)
  --help            this text
`;

const { values } = parseCliArgs(USAGE, {
  out: { type: 'string' },
  /** How many of our results are pooled per question (cross-authority questions: 5). */
  depth: { type: 'string', default: '3' },
  /** How many of plain Lunr's. */
  'lunr-depth': { type: 'string', default: '2' },
  help: { type: 'boolean' },
}, false);
if (values.out === undefined) usageError(USAGE, 'pool-assessments: expected --out <dir> (outside the repository), got none');

/** A deterministic shuffle (mulberry32), so a rerun writes the same file. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface PoolItem {
  id: string;
  question: string;
  note?: string;
  /** The paragraph the question was written from (single-answer questions). */
  reference?: { key: string; text: string };
  candidate: { key: string; citation: string; text: string };
}

const questions = await loadDevSet();
const assessed = await loadAssessments();
const corpus = await loadCorpus({ indexDir: DEFAULT_INDEX_DIR });
const { file } = await loadIndexFile(DEFAULT_INDEX_DIR);
const lunrRanker = plainLunr(file);
const textOf = new Map(file.paragraphs.map((p) => [`${p.reportId} ${p.label}`, p.text]));
const citationOf = (key: string): string => {
  const [reportId = '', ...label] = key.split(' ');
  const report = file.reports.find((r) => r.id === reportId);
  return `${report?.authority ?? reportId} ${report?.year ?? ''} ${report?.kind ?? ''}, ${label.join(' ')} (${reportId})`;
};

const byFile = new Map<string, PoolItem[]>();
for (const q of questions) {
  const depth = isCrossAuthority(q) ? 5 : Number(values.depth);
  const ours: RankedParagraph[] = corpus.ask(q.question, { limit: depth }).results.map((h) => ({ key: `${h.reportId} ${h.label}`, authority: h.authority, text: h.text }));
  const theirs = lunrRanker(q).slice(0, Number(values['lunr-depth']));
  const listed = listedAnswers(q);
  // What is already listed is not asked again; a judge's verdict is not shown either way.
  const keys = new Set([...ours, ...theirs].map((r) => r.key).filter((k) => !listed.has(k) && !assessed.has(q.question, k)));
  const items = byFile.get(q.file) ?? [];
  for (const key of keys) {
    const item: PoolItem = { id: `${items.length + 1}`, question: q.question, candidate: { key, citation: citationOf(key), text: textOf.get(key) ?? '' } };
    if (q.note !== undefined) item.note = q.note;
    if (!isCrossAuthority(q)) item.reference = { key: `${q.expected.reportId} ${q.expected.paragraph}`, text: textOf.get(`${q.expected.reportId} ${q.expected.paragraph}`) ?? '' };
    items.push(item);
  }
  byFile.set(q.file, items);
}

await mkdir(values.out, { recursive: true });
let total = 0;
for (const [name, items] of byFile) {
  const out = shuffled(items, 16).map((item, i) => ({ ...item, id: `${path.basename(name, '.json')}-${i + 1}` }));
  total += out.length;
  await writeFile(path.join(values.out, `pool-${name}`), `${JSON.stringify(out, null, 1)}\n`);
}
process.stdout.write(`pool-assessments: ${total} (question, paragraph) pairs to judge, in ${byFile.size} files under ${values.out}\n`);

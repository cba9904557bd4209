/**
 * `npm run tune-ranking`: coordinate ascent over the ranking weights
 * (src/query/ranking-weights.ts) on the development set's tuning half.
 *
 * Each weight in turn is tried at a few values with the others held; the best
 * on the tuning half (MRR@10, then recall@1, plus the cross-authority spread)
 * is kept, for a few rounds. The held-back half is scored only for the
 * weights in the file and for the weights found, never while searching, and
 * the script changes no file: a new weight goes into ranking-weights.ts by
 * hand, and only if the held-back half agrees.
 */
import { parseCliArgs } from '../adapters/cli/usage.ts';
import { loadCorpus, type Corpus } from '../src/index.ts';
import { RANKING } from '../src/query/ranking-weights.ts';
import { judge, loadDevSet, quality, type DevQuestion, type Quality, type Ranker } from './dev-set.ts';
import { loadAssessments } from './dev-set-assessments.ts';

const USAGE = `usage: npm run tune-ranking -- [options]
  --rounds N   rounds of coordinate ascent over the ranking weights (default 2)
  --help       this text
`;

const { values } = parseCliArgs(USAGE, { rounds: { type: 'string', default: '2' }, help: { type: 'boolean' } }, false);

/** The values tried for each weight. */
const GRID: Partial<Record<keyof typeof RANKING, number[]>> = {
  areaMatch: [1, 1.15, 1.35, 1.6, 2],
  latest: [1, 1.25, 1.5, 2, 2.5, 3],
  digest: [0.6, 0.7, 0.8, 0.9, 1],
  coverage: [0.3, 0.45, 0.6, 0.75, 0.9],
  phrase: [0, 0.15, 0.25, 0.35, 0.5, 0.75, 1],
  leaning: [0, 0.1, 0.15, 0.25, 0.4],
  sameAuthority: [0.15, 0.25, 0.35, 0.5, 0.75],
  concept: [1, 1.25, 1.5, 2, 2.5],
  section: [0, 0.5, 1, 1.5, 2],
};

function ours(corpus: Corpus): Ranker {
  return (q) => corpus.ask(q.question, { limit: 10 }).results.map((h) => ({ key: `${h.reportId} ${h.label}`, authority: h.authority, text: h.text }));
}

/** One number to climb: MRR@10 and recall@1, with the cross-authority spread where there are such questions. */
function objective(q: Quality): number {
  return q.mrr10 + 0.5 * q.recall1 + (Number.isNaN(q.diverse) ? 0 : 0.25 * q.diverse);
}

const fmt = (q: Quality): string =>
  `recall@1 ${q.recall1.toFixed(3)}  recall@3 ${q.recall3.toFixed(3)}  MRR@10 ${q.mrr10.toFixed(3)}  spread ${Number.isNaN(q.diverse) ? '—' : q.diverse.toFixed(3)}`;

const corpus = await loadCorpus();
const questions = await loadDevSet();
const assessments = await loadAssessments();
const tuning = questions.filter((q) => (q.half ?? 'tuning') === 'tuning');
const heldBack = questions.filter((q) => q.half === 'held-back');
const rank = ours(corpus);
const score = (set: readonly DevQuestion[]): Quality => quality(judge(set, rank, assessments));
const out = (line: string): void => void process.stdout.write(`${line}\n`);

const start = { ...RANKING };
out(`In the file:  tuning ${fmt(score(tuning))}`);
if (heldBack.length > 0) out(`              held-back ${fmt(score(heldBack))}`);
let best = objective(score(tuning));
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const [name, grid] of Object.entries(GRID) as Array<[keyof typeof RANKING, number[]]>) {
    const was = RANKING[name];
    let chosen = was;
    for (const value of grid) {
      RANKING[name] = value;
      const got = objective(score(tuning));
      if (got > best + 1e-9) {
        best = got;
        chosen = value;
      }
    }
    RANKING[name] = chosen;
    if (chosen !== was) out(`round ${round}: ${name} ${was} → ${chosen} (objective ${best.toFixed(4)})`);
  }
}
out(`Found: ${JSON.stringify(Object.fromEntries(Object.entries(RANKING).filter(([k, v]) => start[k as keyof typeof RANKING] !== v)))}`);
out(`Found:        tuning ${fmt(score(tuning))}`);
if (heldBack.length > 0) out(`              held-back ${fmt(score(heldBack))}`);

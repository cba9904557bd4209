/**
 * `npm run train-about-model [-- --check]`: trains the model that reads
 * whether a question asks about the inspection itself
 * (src/query/models/about-model.ts) on labelled questions of the tuning
 * half only, and writes src/query/models/about-weights.json.
 *
 * The examples:
 * - the development set's tuning half (scripts/dev-set/): questions of the
 *   kind "inspection" labelled "inspection", the rest "practice";
 * - scripts/about-training/*.json: questions written for training only by a
 *   writer who never saw the development set, labelled the same way.
 *
 * Five-fold cross-validation prints, for the questions the wording rules of
 * inspection-matter.ts do not claim, how many each threshold reads as about
 * the inspection rightly and wrongly: ABOUT_THRESHOLD is the one with the
 * most right less ten times the wrong (a practice question read so ranks
 * its findings down). `--check` compares a fresh training with the saved file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, understandIn, type CorpusContext } from '../src/query/context.ts';
import { kindFeatures } from '../src/query/models/features.ts';
import { ABOUT_LABELS, type AboutLabel, type AboutModel } from '../src/query/models/about-model.ts';
import { scoreFeatures } from '../src/query/models/softmax.ts';
import { asksAboutTheInspection } from '../src/query/inspection-matter.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from '../src/search/index-file.ts';
import { loadDevSet } from './dev-set.ts';
import { saveOrCheck, trainSoftmax } from './softmax-training.ts';

const here = import.meta.dirname;
const OUT = path.join(here, '..', 'src', 'query', 'models', 'about-weights.json');
const L2 = 0.001;
const KEEP = 0.05;

export interface AboutExample {
  question: string;
  label: AboutLabel;
  features: string[];
  /** Whether the wording rules already read it as about the inspection. */
  ruled: boolean;
}

/** The labelled examples, featurised through the corpus's own reading (without the rules' verdict). */
export async function aboutExamples(context: CorpusContext): Promise<AboutExample[]> {
  const labelled: Array<{ question: string; label: AboutLabel }> = [];
  for (const q of await loadDevSet()) if (q.half === 'tuning') labelled.push({ question: q.question, label: q.kinds.includes('inspection') ? 'inspection' : 'practice' });
  const dir = path.join(here, 'about-training');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { questions?: Array<{ question: string; label: string }> };
    if (!Array.isArray(file.questions)) throw new Error(`train-about-model: ${name} has no "questions" array`);
    for (const q of file.questions) {
      if (!(ABOUT_LABELS as readonly string[]).includes(q.label)) throw new Error(`train-about-model: ${name}: "${q.question}" has label ${JSON.stringify(q.label)}; expected ${ABOUT_LABELS.join(' or ')}`);
      labelled.push({ question: q.question, label: q.label as AboutLabel });
    }
  }
  return labelled.map((l) => {
    const { aboutTheInspection: _ignored, ...u } = understandIn(context, l.question);
    return { ...l, features: kindFeatures(u), ruled: asksAboutTheInspection(l.question) };
  });
}

export function trainAbout(examples: readonly AboutExample[]): AboutModel {
  return trainSoftmax(examples, ABOUT_LABELS, { l2: L2, keep: KEEP, trainedOn: `${examples.length} labelled questions of the tuning half (npm run train-about-model)` });
}

function crossValidate(examples: readonly AboutExample[]): string[] {
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
  const right = new Array<number>(thresholds.length).fill(0);
  const wrong = new Array<number>(thresholds.length).fill(0);
  let open = 0;
  let inspection = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = trainAbout(examples.filter((_, i) => i % 5 !== fold));
    for (const [i, e] of examples.entries()) {
      if (i % 5 !== fold || e.ruled) continue;
      open += 1;
      if (e.label === 'inspection') inspection += 1;
      const p = scoreFeatures(model, e.features).find((g) => g.kind === 'inspection')?.probability ?? 0;
      thresholds.forEach((t, k) => {
        if (p < t) return;
        if (e.label === 'inspection') right[k] = (right[k] ?? 0) + 1;
        else wrong[k] = (wrong[k] ?? 0) + 1;
      });
    }
  }
  const lines = [`Questions the rules do not read as about the inspection: ${open}, ${inspection} of them about it. Read so by the model (cross-validated):`];
  thresholds.forEach((t, k) => lines.push(`  p >= ${t.toFixed(2)}: ${right[k]} rightly, ${wrong[k]} practice questions wrongly`));
  return lines;
}

async function main(): Promise<void> {
  const { file, index } = await loadIndexFile(DEFAULT_INDEX_DIR);
  const context = createContext(file, index);
  const examples = await aboutExamples(context);
  process.stdout.write(`train-about-model: ${examples.length} examples (${ABOUT_LABELS.map((l) => `${l} ${examples.filter((e) => e.label === l).length}`).join(', ')})\n`);
  const check = process.argv.includes('--check');
  if (!check) process.stdout.write(`${crossValidate(examples).join('\n')}\n`);
  saveOrCheck('train-about-model', OUT, trainAbout(examples), check);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) await main();

/**
 * Fitting the softmax models of src/query/models/ (softmax.ts): a
 * multinomial logistic regression with an L2 penalty, by full-batch gradient
 * descent from zero weights, so the same examples always give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOFTMAX_FORMAT, type SoftmaxModel } from '../src/query/models/softmax.ts';

export interface TrainingOptions {
  /** The L2 penalty, per example. */
  l2: number;
  /** Weights smaller than this are not saved. */
  keep: number;
  epochs?: number;
  rate?: number;
  trainedOn: string;
  /** The optional readings of features.ts the features were made with, saved so a load can check them. */
  reads?: string[];
  /**
   * How far each label's examples are weighed towards counting alike in all:
   * each example weighs (n / (labels present × that label's examples))^balance.
   * 0 (the default) weighs every example alike, so the prior follows how many
   * examples of each label the files happen to hold.
   */
  balance?: number;
}

/** Fits a model to `examples`, one weight row per feature over `labels`. */
export function trainSoftmax<L extends string>(examples: ReadonlyArray<{ features: readonly string[]; label: L }>, labels: readonly L[], options: TrainingOptions): SoftmaxModel<L> {
  const epochs = options.epochs ?? 400;
  const rate = options.rate ?? 0.5;
  const K = labels.length;
  const index = new Map<string, number>();
  for (const e of examples) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
  const F = index.size;
  const w = new Float64Array(F * K);
  const bias = new Float64Array(K);
  const rows = examples.map((e) => ({ features: e.features.map((f) => index.get(f) as number), label: labels.indexOf(e.label) }));
  const n = rows.length;
  const counts = new Array<number>(K).fill(0);
  for (const row of rows) counts[row.label] = (counts[row.label] ?? 0) + 1;
  const present = counts.filter((c) => c > 0).length;
  const labelWeights = counts.map((c) => (c === 0 ? 0 : (n / (present * c)) ** (options.balance ?? 0)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Float64Array(F * K);
    const gb = new Float64Array(K);
    for (const row of rows) {
      const scores = Array.from(bias);
      for (const f of row.features) for (let k = 0; k < K; k++) scores[k] = (scores[k] ?? 0) + (w[f * K + k] ?? 0);
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const g = ((exp[k] ?? 0) / sum - (k === row.label ? 1 : 0)) * (labelWeights[row.label] ?? 1);
        gb[k] = (gb[k] ?? 0) + g;
        for (const f of row.features) gw[f * K + k] = (gw[f * K + k] ?? 0) + g;
      }
    }
    for (let k = 0; k < K; k++) bias[k] = (bias[k] ?? 0) - (rate * (gb[k] ?? 0)) / n;
    for (let i = 0; i < F * K; i++) w[i] = (w[i] ?? 0) - rate * ((gw[i] ?? 0) / n + options.l2 * (w[i] ?? 0));
  }
  const weights: Record<string, number[]> = {};
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  for (const [feature, f] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = labels.map((_, k) => round(w[f * K + k] ?? 0));
    if (row.some((x) => Math.abs(x) >= options.keep)) weights[feature] = row;
  }
  const reads = options.reads !== undefined && options.reads.length > 0 ? { reads: [...options.reads] } : {};
  return { format: SOFTMAX_FORMAT, kinds: [...labels], bias: Array.from(bias, round), weights, trainedOn: options.trainedOn, ...reads };
}

/**
 * Writes a trained model to `file`, or with `check` only compares it with the
 * saved one (exit status 1 when they differ): `name` is the npm script that
 * trains it, for its messages.
 */
export function saveOrCheck(name: string, file: string, model: SoftmaxModel<string>, check: boolean): void {
  const text = `${JSON.stringify(model)}\n`;
  if (check) {
    const same = readFileSync(file, 'utf8') === text;
    process.stdout.write(same ? `${name}: the saved model matches its examples\n` : `${name}: the saved model differs from a fresh training; run npm run ${name}\n`);
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`${name}: wrote ${path.relative(process.cwd(), file)} (${Object.keys(model.weights).length} features)\n`);
}

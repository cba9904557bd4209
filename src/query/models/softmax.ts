/**
 * A saved softmax (multinomial logistic) regression over string features:
 * the shape shared by the question models of this folder (kind-model.ts,
 * about-model.ts), its check on load and its scoring. Training lives in
 * scripts/softmax-training.ts.
 */

/** The saved format; a file of another format is refused on load. */
export const SOFTMAX_FORMAT = 1;

/** A trained model as saved: one weight per label for each feature, and a bias per label. */
export interface SoftmaxModel<L extends string = string> {
  format: number;
  /** The labels, in the order of each weight row. */
  kinds: L[];
  bias: number[];
  weights: Record<string, number[]>;
  /** How it was trained, for the reader of the file. */
  trainedOn?: string;
  /** The optional readings of features.ts it was trained with ("letters"); none when absent. */
  reads?: string[];
}

/** A label and its probability. */
export interface Guess<L extends string = string> {
  kind: L;
  probability: number;
}

/**
 * Checks a saved model's format and shape; `name` prefixes the error, `labels`
 * are those it may use, `reads` the optional features it must have been
 * trained with (a model trained without letter trigrams scores them as unseen).
 */
export function checkSoftmaxModel<L extends string>(name: string, model: unknown, labels: readonly L[], reads: readonly string[] = []): SoftmaxModel<L> {
  const m = model as Partial<SoftmaxModel<L>> | null;
  if (m === null || typeof m !== 'object') throw new Error(`${name}: expected a saved model object, got ${typeof model}`);
  if (m.format !== SOFTMAX_FORMAT) throw new Error(`${name}: expected format ${SOFTMAX_FORMAT}, got ${String(m.format)}; retrain it (docs/asking.md)`);
  const kinds = m.kinds ?? [];
  if (!Array.isArray(m.kinds) || kinds.some((k) => !labels.includes(k))) throw new Error(`${name}: expected kinds among ${labels.join(', ')}, got ${JSON.stringify(m.kinds)}`);
  if (!Array.isArray(m.bias) || m.bias.length !== kinds.length) throw new Error(`${name}: expected ${kinds.length} biases, got ${JSON.stringify(m.bias)?.slice(0, 80)}`);
  if (m.reads !== undefined && (!Array.isArray(m.reads) || m.reads.some((r) => typeof r !== 'string'))) throw new Error(`${name}: expected "reads" to be a list of feature names, got ${JSON.stringify(m.reads).slice(0, 80)}`);
  const trainedReads = [...(m.reads ?? [])].sort().join(', ');
  if (trainedReads !== [...reads].sort().join(', ')) throw new Error(`${name}: expected a model trained reading ${reads.join(', ') || 'no optional features'}, got one reading ${trainedReads || 'none'}; retrain it (docs/asking.md)`);
  for (const [feature, row] of Object.entries(m.weights ?? {})) {
    if (!Array.isArray(row) || row.length !== kinds.length) throw new Error(`${name}: feature "${feature}" needs ${kinds.length} weights, got ${JSON.stringify(row).slice(0, 80)}`);
  }
  return m as SoftmaxModel<L>;
}

/** Each label's probability for a set of features, the likeliest first. */
export function scoreFeatures<L extends string>(model: SoftmaxModel<L>, features: readonly string[]): Array<Guess<L>> {
  const scores = [...model.bias];
  for (const feature of features) {
    const row = model.weights[feature];
    if (row !== undefined) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (row[k] ?? 0);
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.kinds.map((kind, k) => ({ kind, probability: (exp[k] ?? 0) / sum })).sort((a, b) => b.probability - a.probability);
}

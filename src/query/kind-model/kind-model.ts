/**
 * A learned second reading of what kind of answer a question wants, for the
 * questions no kind reader's wording claimed (question-kind.ts).
 *
 * The kind readers (kinds/*.ts) recognise their questions by phrases and a
 * closed list of words; a wording no one wrote down ("derbyshire's 2025
 * visit - was it good news?") falls through to paragraphs. This model is a
 * multinomial logistic regression over the features of features.ts, trained
 * by `npm run train-kind-model` on labelled questions of the tuning halves
 * only (scripts/train-kind-model.ts), and saved beside this file with a
 * format version checked on load. It is consulted only after every reader
 * declined, and a kind it names still has to fit the question's shape (one
 * authority for an overview…): see loose-kinds.ts.
 */
import saved from './weights.json' with { type: 'json' };
import { kindFeatures } from './features.ts';
import type { Understood } from '../understand.ts';

/** The saved model's format; a file of another format is refused on load. */
export const KIND_MODEL_FORMAT = 1;

/** The answers the model tells apart (the labels of scripts/route-questions.json, less former-authority, which the registry decides). */
export const MODEL_KINDS = ['grade-filtered', 'improvements', 'focused-visit', 'visit-list', 'grade-change', 'overview', 'cannot-tell', 'grades', 'paragraphs'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** A trained model as saved: one weight per kind for each feature, and a bias per kind. */
export interface KindModel {
  format: number;
  kinds: ModelKind[];
  bias: number[];
  weights: Record<string, number[]>;
  /** How it was trained, for the reader of the file. */
  trainedOn?: string;
}

/** The model's reading of a question: each kind's probability, the likeliest first. */
export interface KindGuess {
  kind: ModelKind;
  probability: number;
}

/** Checks a saved model's shape and format. */
export function checkKindModel(model: unknown): KindModel {
  const m = model as Partial<KindModel> | null;
  if (m === null || typeof m !== 'object') throw new Error(`kind-model: expected a saved model object, got ${typeof model}`);
  if (m.format !== KIND_MODEL_FORMAT) throw new Error(`kind-model: expected format ${KIND_MODEL_FORMAT}, got ${String(m.format)}; run npm run train-kind-model`);
  const kinds = m.kinds ?? [];
  if (!Array.isArray(m.kinds) || kinds.some((k) => !MODEL_KINDS.includes(k))) throw new Error(`kind-model: expected kinds among ${MODEL_KINDS.join(', ')}, got ${JSON.stringify(m.kinds)}`);
  if (!Array.isArray(m.bias) || m.bias.length !== kinds.length) throw new Error(`kind-model: expected ${kinds.length} biases, got ${JSON.stringify(m.bias)?.slice(0, 80)}`);
  for (const [feature, row] of Object.entries(m.weights ?? {})) {
    if (!Array.isArray(row) || row.length !== kinds.length) throw new Error(`kind-model: feature "${feature}" needs ${kinds.length} weights, got ${JSON.stringify(row).slice(0, 80)}`);
  }
  return m as KindModel;
}

/** Each kind's probability for a set of features, the likeliest first. */
export function scoreFeatures(model: KindModel, features: readonly string[]): KindGuess[] {
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

let bundled: KindModel | undefined;

/** The bundled model, checked once. */
export function bundledKindModel(): KindModel {
  bundled ??= checkKindModel(saved);
  return bundled;
}

/** The likeliest kind of answer for what was understood of a question, by the bundled model. */
export function guessKind(u: Understood, model: KindModel = bundledKindModel()): KindGuess {
  return scoreFeatures(model, kindFeatures(u))[0] ?? { kind: 'paragraphs', probability: 1 };
}

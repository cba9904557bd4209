/**
 * A learned second reading of what kind of answer a question wants, for the
 * questions no kind reader's wording claimed (question-kind.ts).
 *
 * The kind readers (kinds/*.ts) recognise their questions by phrases and a
 * closed list of words; a wording no one wrote down ("derbyshire's 2025
 * visit - was it good news?") falls through to paragraphs. This model is a
 * softmax regression (softmax.ts) over the features of features.ts, trained
 * by `npm run train-kind-model` on labelled questions of the tuning halves
 * only (scripts/train-kind-model.ts), and saved beside this file with a
 * format version checked on load. It is consulted only after every reader
 * declined, and a kind it names still has to fit the question's shape (one
 * authority for an overview…): see KindInput.loose.
 */
import saved from './kind-weights.json' with { type: 'json' };
import { featureReads, kindFeatures, type FeatureOptions } from './features.ts';
import { checkSoftmaxModel, scoreFeatures, type Guess, type SoftmaxModel } from './softmax.ts';
import type { Understood } from '../understand.ts';

/** The answers the model tells apart (the labels of scripts/route-questions.json, less former-authority, which the registry decides). */
export const MODEL_KINDS = ['grade-filtered', 'improvements', 'focused-visit', 'visit-list', 'grade-change', 'overview', 'cannot-tell', 'grades', 'paragraphs'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export type KindModel = SoftmaxModel<ModelKind>;

/** What the kind model reads of a question (features.ts), in training and in use alike. */
export const KIND_FEATURES: FeatureOptions = { letters: true };

/** Checks a saved kind model's format and shape. */
export function checkKindModel(model: unknown): KindModel {
  return checkSoftmaxModel('kind-model', model, MODEL_KINDS, featureReads(KIND_FEATURES));
}

let bundled: KindModel | undefined;

/** The bundled model, checked once. */
export function bundledKindModel(): KindModel {
  bundled ??= checkKindModel(saved);
  return bundled;
}

/** The likeliest kind of answer for what was understood of a question, by the bundled model. */
export function guessKind(u: Understood, model: KindModel = bundledKindModel()): Guess<ModelKind> {
  return scoreFeatures(model, kindFeatures(u, KIND_FEATURES))[0] ?? { kind: 'paragraphs', probability: 1 };
}

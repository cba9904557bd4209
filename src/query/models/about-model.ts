/**
 * A learned second reading of whether a question asks about the inspection
 * itself (its dates, team, evidence, framework, action plan: the reports'
 * opening and closing matter) rather than about practice, for questions the
 * wording rules of inspection-matter.ts did not claim. A softmax regression
 * (softmax.ts) over the features of features.ts, trained by `npm run
 * train-about-model` on labelled questions of the tuning half only.
 */
import saved from './about-weights.json' with { type: 'json' };
import { kindFeatures } from './features.ts';
import { checkSoftmaxModel, scoreFeatures, type SoftmaxModel } from './softmax.ts';
import type { Understood } from '../understand.ts';

export const ABOUT_LABELS = ['inspection', 'practice'] as const;
export type AboutLabel = (typeof ABOUT_LABELS)[number];
export type AboutModel = SoftmaxModel<AboutLabel>;

/**
 * A question is read as about the inspection at this probability or above:
 * the threshold with the most read rightly less ten times those read wrongly
 * in cross-validation (scripts/train-about-model.ts prints it), since reading
 * a practice question so ranks its findings down. On 1,235 questions the rules
 * leave, 291 of them about the inspection: 0.8 reads 158 rightly and 6
 * practice questions wrongly; 0.9, 97 and 2; 0.7, 200 and 15. (On 986 of them,
 * before the set grew, 0.9 was chosen: 107 and 2, against 157 and 9 at 0.8.)
 */
export const ABOUT_THRESHOLD = 0.8;

/**
 * Below {@link ABOUT_THRESHOLD}, from this probability the ranking prefers
 * the opening matter part of the way, in proportion to how far the
 * probability is from here to the threshold (Understood.aboutLeaning, rank.ts).
 * 0.7 is where cross-validation reads nine questions in ten rightly (191
 * rightly, 20 practice questions wrongly); 0.5 and 0.6 read 83% and 87%.
 */
export const ABOUT_LEANING_FROM = 0.7;

/** Checks a saved model's format and shape. */
export function checkAboutModel(model: unknown): AboutModel {
  return checkSoftmaxModel('about-model', model, ABOUT_LABELS);
}

let bundled: AboutModel | undefined;

/** The bundled model, checked once. */
export function bundledAboutModel(): AboutModel {
  bundled ??= checkAboutModel(saved);
  return bundled;
}

/** How likely the model finds it that the question asks about the inspection itself. */
export function aboutTheInspectionProbability(u: Understood, model: AboutModel = bundledAboutModel()): number {
  const { aboutTheInspection: _ignored, ...rest } = u;
  return scoreFeatures(model, kindFeatures(rest)).find((g) => g.kind === 'inspection')?.probability ?? 0;
}

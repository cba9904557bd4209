/**
 * What the question models (kind-model.ts, about-model.ts) read of a
 * question: the words `understand` left (authorities, years and "latest"
 * words already taken out, so "what did Bexley get in 2023" and "what did
 * Leeds get in 2019" are the same question), their stems, their pairs, the
 * first word, and the shape of what was understood (how many authorities, a
 * year or "latest", a range, a focused visit named).
 *
 * Masking names and years is what lets a labelled question stand for every
 * authority and year; the pairs keep the asking phrase ("did get", "next
 * time", "work on") that single words lose.
 */
import { porterStem } from '../../search/pipeline.ts';
import type { Understood } from '../understand.ts';

/** What else to read beyond words, stems, pairs and shape. */
export interface FeatureOptions {
  /**
   * Each word's letter trigrams (`g:`). The kind model reads them: cross-validated
   * over the questions no reader claims, 1,200 right at 0.6 against 1,146 without
   * (L2 0.0002 for both). The about model does not: with them it reads more
   * practice questions as about the inspection at every threshold worth using.
   */
  letters?: boolean;
}

/** The names of the optional readings `options` turns on, as a saved model records them. */
export function featureReads(options: FeatureOptions): string[] {
  return options.letters === true ? ['letters'] : [];
}

/** The question's features, each a string: `w:` word, `t:` stem, `b:` pair of words, `g:` letter trigram, `s:` shape. */
export function kindFeatures(u: Pick<Understood, 'authorities' | 'unknownAuthorities' | 'year' | 'range' | 'areas' | 'words' | 'focusedVisits' | 'aboutTheInspection' | 'asksQuantity'>, options: FeatureOptions = {}): string[] {
  const words = u.words.map((w) => (/^\d+$/.test(w) ? '#' : w));
  const features = new Set<string>();
  for (const w of words) {
    features.add(`w:${w}`);
    // The stem too, so "inspected" learned stands for "inspection" unseen.
    features.add(`t:${porterStem(w)}`);
  }
  for (let i = 0; i + 1 < words.length; i++) features.add(`b:${words[i]} ${words[i + 1]}`);
  if (options.letters === true) {
    // Each word's letter trigrams, its edges marked ("care": " ca", "car", "are",
    // "re "): a misspelt or unseen form ("inspectd", "revisted", "judgment")
    // shares most of them with the word learned, where its word and stem match nothing.
    for (const w of words) for (let i = 0; i + 3 <= w.length + 2; i++) features.add(`g:${` ${w} `.slice(i, i + 3)}`);
  }
  // The first word says much of how a question asks ("which", "did", "tell", "list").
  features.add(`f:${words[0] ?? ''}`);
  const named = u.authorities.length + u.unknownAuthorities.length;
  features.add(`s:authorities ${Math.min(named, 2)}`);
  features.add(`s:year ${typeof u.year === 'number' ? 'number' : (u.year ?? 'none')}`);
  if (u.range !== null) features.add(`s:range ${u.range.kind}`);
  if (u.focusedVisits === true) features.add('s:focused visit');
  if (u.aboutTheInspection === true) features.add('s:about the inspection');
  if (u.asksQuantity === true) features.add('s:quantity');
  if (u.areas.length > 0) features.add('s:area');
  features.add(`s:length ${Math.min(words.length, 12) >> 1}`);
  return [...features];
}

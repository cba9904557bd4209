/**
 * A word's derived forms that Porter's stemmer leaves apart: "excluded"
 * (exclud) and "exclusions" (exclus), "decided" and "decision", "placed"
 * (place) and "placements" (placement). A question in one form should find
 * a paragraph in the other, counting a little less than the form asked.
 */
import type { QueryTerm } from '../search/pipeline.ts';
import { documentFrequency, type CorpusContext } from './context.ts';
import { RANKING } from './ranking-weights.ts';

/** Stems no shorter than this have derived forms looked for: short stems ("need", "lead") make false friends. */
const MIN_STEM = 5;

/** What may follow a stem (less a final e) in the word asked for it to be that word's plain form: "place", "placed", "placing". */
const INFLECTION = /^(?:|e|s|es|d|ed|ing)$/;

/** The forms of `word` (stemmed to `stem`) to look for in the index. */
function candidates(word: string, stem: string): string[] {
  const out: string[] = [];
  // The -de verbs of Latin and their -sion nouns: exclude/exclusion, decide/decision, provide/provision (not
  // "incident", whose stem also ends in d).
  if (stem.endsWith('d') && /d(?:e|es|ed|ing)$/.test(word)) out.push(`${stem.slice(0, -1)}s`);
  // A verb and its -ment noun: place/placement, treat/treatment, only from the verb's own forms ("experience" is not
  // "experi-ment"), and never the other way ("place" is in "in place").
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  if (word.startsWith(base) && INFLECTION.test(word.slice(base.length))) out.push(`${stem}ment`);
  return out;
}

/** `terms` with each topic word's derived forms the index holds, from the same word of the question. */
export function withDerivedForms(context: CorpusContext, terms: readonly QueryTerm[]): QueryTerm[] {
  const out = [...terms];
  const seen = new Set(terms.map((t) => t.term));
  for (const t of terms) {
    if (t.concept || t.intent !== undefined || t.term.length < MIN_STEM) continue;
    for (const form of candidates(t.source, t.term)) {
      if (seen.has(form) || documentFrequency(context, form) === 0) continue;
      seen.add(form);
      out.push({ term: form, source: t.source, concept: false, weight: t.weight * RANKING.derived });
    }
  }
  return out;
}

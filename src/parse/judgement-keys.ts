/**
 * Normalising judgement areas and grades so they line up across frameworks.
 * Shared by the text parser and the PDF parser.
 */
import type { AreaKey, Grade, Judgement } from '../model.ts';

/** The normalised grade for a grade as printed ("Requires improvement to be good" → requires-improvement). */
export function gradeKey(printed: string): Grade {
  const g = printed.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^outstanding\b/.test(g)) return 'outstanding';
  if (/^good\b/.test(g)) return 'good';
  if (/^adequate\b/.test(g)) return 'adequate';
  if (/^requires? improvement\b/.test(g)) return 'requires-improvement';
  if (/^inadequate\b/.test(g)) return 'inadequate';
  if (/^not judged\b/.test(g)) return 'not-judged';
  return 'other';
}

/**
 * The cross-framework key for an area as printed. Order matters: "care leavers"
 * is tested before "children in care", "adoption" before "children looked after".
 */
export function areaKey(printed: string): AreaKey {
  const a = printed.toLowerCase().replace(/\s+/g, ' ').trim();
  // The LSCB is a board, not an area of the council's services: without this it would read as help and protection.
  if (/safeguarding children board|\blscb\b/.test(a)) return 'other';
  // SIF prints its overall line as "Children's services in Bury require improvement to be good".
  if (/overall effectiveness|^overall\b|^children['’]s services in\b|children's services in .* (?:are|require)/.test(a)) return 'overall';
  if (/children in care and care leavers|looked after and care leavers/.test(a)) return 'children-in-care-and-care-leavers';
  if (/care leavers|leaving care/.test(a)) return 'care-leavers';
  if (/adoption/.test(a)) return 'adoption';
  if (/help and protection|need of help|safeguarding/.test(a)) return 'help-and-protection';
  if (/children in care|looked after|looked-after/.test(a)) return 'children-in-care';
  if (/leader|leadership|management and governance/.test(a)) return 'leadership';
  return 'other';
}

/** A judgement from a cleaned area and grade as printed. */
export function makeJudgement(area: string, grade: string): Judgement {
  return { area, areaKey: areaKey(area), grade, gradeKey: gradeKey(grade) };
}

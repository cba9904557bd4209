/**
 * Former authorities answered for their successors (issue #17, kind 7):
 * "caseloads in Northamptonshire", "Cumbria children in care". A former
 * authority the index holds no reports for is read as its successors, and the
 * answer says so ("Northamptonshire's children's services passed to North
 * Northamptonshire and West Northamptonshire in 2021; showing both."). When
 * the successors answer nothing, the examples offered are about them.
 */
import type { AskAnswer } from '../../answer-types.ts';
import { authorityByName } from '../../authorities.ts';
import type { KindAnswer } from '../../kind-types.ts';
import type { CorpusContext } from '../context.ts';
import type { Understood } from '../understand.ts';

export interface Succession {
  /** The question read with successors in place of the former authorities. */
  u: Understood;
  /** "Northamptonshire's children's services passed to … in 2021; showing both." */
  note: string;
  successors: string[];
}

/** The question read for the successors of the former authorities it names, or null when it names none. */
export function readSuccession(context: CorpusContext, u: Understood): Succession | null {
  const held = new Set(context.authorities.map((a) => a.name));
  const notes: string[] = [];
  const successors: string[] = [];
  const stillUnknown: string[] = [];
  for (const name of u.unknownAuthorities) {
    const former = authorityByName(name);
    const next = (former?.successors ?? []).filter((s) => held.has(s));
    if (former === undefined || next.length === 0) {
      stillUnknown.push(name);
      continue;
    }
    const year = former.until === null ? '' : ` in ${former.until.slice(0, 4)}`;
    const showing = next.length === 1 ? 'showing it' : next.length === 2 ? 'showing both' : 'showing them all';
    notes.push(`${name}'s children's services passed to ${next.join(' and ')}${year}; ${showing}.`);
    successors.push(...next);
  }
  if (successors.length === 0) return null;
  const authorities = [...new Set([...u.authorities, ...successors])];
  return { u: { ...u, authorities, unknownAuthorities: stillUnknown }, note: notes.join(' '), successors };
}

/** The answer for the successors, saying so; examples about them when they answer nothing. */
export function withSuccession(answer: AskAnswer, succession: Succession): AskAnswer {
  const empty = answer.results.length === 0 && (answer.grades?.rows.length ?? 0) === 0 && (answer.kind?.visits?.length ?? 0) === 0;
  const examples = succession.successors.flatMap((s) => [`Tell me about ${s}`, `What is ${s}'s latest grade?`]);
  const kind: KindAnswer =
    answer.kind === undefined
      ? { kind: 'former-authority', headline: succession.note, notes: [] }
      : { ...answer.kind, notes: [succession.note, ...answer.kind.notes] };
  return { ...answer, kind, ...(empty ? { suggestions: examples } : {}) };
}

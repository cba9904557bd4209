/**
 * A channel's default authority applied to a question: a question naming no
 * authority (and carrying none from the conversation), asked in a channel
 * that has one, is asked about that authority, and the answer says so.
 * Questions over many authorities (grade lists, counts) are left national.
 */
import type { AskAnswer, AskOptions, ConversationContext, ConversationTurn, Corpus } from '../../src/index.ts';

/** An answer, and the default authority it was answered for (null when the question chose). */
export interface ScopedAnswer {
  answer: AskAnswer;
  defaultAuthority: string | null;
}

/** A conversation turn, and the default authority it was answered for (null when the question or conversation chose). */
export interface ScopedTurn extends ConversationTurn {
  defaultAuthority: string | null;
}

/** Whether an answer shows anything: paragraphs, or grade rows or neighbours. */
function hasContent(answer: AskAnswer): boolean {
  if (answer.results.length > 0) return true;
  const grades = answer.grades;
  return grades !== undefined && (grades.rows.length > 0 || (grades.neighbours ?? []).length > 0);
}

/** Whether `answer` is a grade answer over several authorities (a list or count), which no default narrows. */
function isNational(answer: AskAnswer): boolean {
  const grades = answer.grades;
  return grades !== undefined && (grades.kind === 'list' || grades.kind === 'count') && hasContent(answer);
}

/** Ask `question`, scoped to `defaultAuthority` when the question names none. */
export function askInChannel(corpus: Corpus, question: string, defaultAuthority: string | null, options: AskOptions): ScopedAnswer {
  const { answer, defaultAuthority: used } = converseInChannel(corpus, question, null, defaultAuthority, options);
  return { answer, defaultAuthority: used };
}

/**
 * Answer `question` in a conversation that had `previous`, scoped to
 * `defaultAuthority` when neither the question nor the conversation names an
 * authority and the question is not about many authorities.
 */
export function converseInChannel(
  corpus: Corpus,
  question: string,
  previous: ConversationContext | null,
  defaultAuthority: string | null,
  options: AskOptions,
): ScopedTurn {
  const plain = corpus.converse(question, previous, options);
  const named = plain.answer.understood.authorities.length > 0 || plain.context.authorities.length > 0;
  if (defaultAuthority === null || named || question.trim() === '' || isNational(plain.answer)) {
    return { ...plain, defaultAuthority: null };
  }
  const scoped = corpus.converse(`${defaultAuthority} ${question}`, previous, options);
  // The authority may have no reports yet: then the plain answer is better than none.
  if (!hasContent(scoped.answer) || !scoped.answer.understood.authorities.includes(defaultAuthority)) return { ...plain, defaultAuthority: null };
  return { answer: { ...scoped.answer, question }, context: scoped.context, defaultAuthority };
}

/** The line an answer carries when the channel's authority was used. */
export function defaultAuthorityNote(authority: string, settingsCommand: string): string {
  return `Answered for ${authority}, this channel's authority (${settingsCommand} to change it). Name another authority in the question to look there.`;
}

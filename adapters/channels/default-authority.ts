/**
 * A channel's default authority applied to a question: a question naming no
 * authority, asked in a channel that has one, is asked about that authority,
 * and the answer says so.
 */
import type { AskAnswer, AskOptions, Corpus } from '../../src/index.ts';

/** An answer, and the default authority it was answered for (null when the question chose). */
export interface ScopedAnswer {
  answer: AskAnswer;
  defaultAuthority: string | null;
}

/** Ask `question`, scoped to `defaultAuthority` when the question names none. */
export function askInChannel(corpus: Corpus, question: string, defaultAuthority: string | null, options: AskOptions): ScopedAnswer {
  const plain = corpus.ask(question, options);
  if (defaultAuthority === null || plain.understood.authorities.length > 0 || question.trim() === '') {
    return { answer: plain, defaultAuthority: null };
  }
  const scoped = corpus.ask(`${defaultAuthority} ${question}`, options);
  // The authority may have no reports yet: then the plain answer is better than none.
  if (scoped.results.length === 0 || !scoped.understood.authorities.includes(defaultAuthority)) return { answer: plain, defaultAuthority: null };
  return { answer: { ...scoped, question }, defaultAuthority };
}

/** The line an answer carries when the channel's authority was used. */
export function defaultAuthorityNote(authority: string, settingsCommand: string): string {
  return `Answered for ${authority}, this channel's authority (${settingsCommand} to change it). Name another authority in the question to look there.`;
}

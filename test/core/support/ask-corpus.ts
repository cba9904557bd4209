/**
 * The bundled national corpus, loaded once per test file before its tests,
 * and a way to ask it: the setup every question-kinds test file shares.
 */
import { beforeAll } from 'vitest';
import { loadCorpus, type AskAnswer, type AskOptions, type Corpus } from '../../../src/index.ts';

/** Registers the corpus's loading (call at the top of a test file) and returns `ask` on it. */
export function askTheCorpus(): (question: string, options?: AskOptions) => AskAnswer {
  let corpus: Corpus | undefined;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });
  return (question, options) => {
    if (corpus === undefined) throw new Error('ask-corpus: the corpus is not loaded yet; ask inside a test, not at import');
    return corpus.ask(question, options);
  };
}

/** The kind of answer `ask` gives a question, or undefined for paragraphs and grades. */
export function kindOfAnswer(ask: (question: string) => AskAnswer): (question: string) => string | undefined {
  return (question) => ask(question).kind?.kind;
}

/** Whether `ask` answers a question with cited paragraphs: no kind and no grades. */
export function paragraphsAnswer(ask: (question: string) => AskAnswer): (question: string) => boolean {
  return (question) => {
    const answer = ask(question);
    return answer.kind === undefined && answer.grades === undefined;
  };
}

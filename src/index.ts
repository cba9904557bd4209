/**
 * The query core's one entry point. Adapters and scripts use only this:
 *
 * ```ts
 * const corpus = await loadCorpus();
 * corpus.ask('LADO Bury');                 // cited paragraphs
 * corpus.judgements('Southend care leavers');
 * corpus.improvements('Bury');
 * corpus.paragraph('bury-2025 13');
 * ```
 */
import type { Corpus } from './answer-types.ts';
import { ask } from './query/ask.ts';
import { createContext, reportInfo } from './query/context.ts';
import { improvements, judgements } from './query/judgements.ts';
import { paragraph } from './query/paragraph-ref.ts';
import { DEFAULT_INDEX_DIR, loadIndexFile } from './search/index-file.ts';

export type * from './answer-types.ts';
export type * from './model.ts';
export { REPORT_KIND_LABELS } from './model.ts';
export { DEFAULT_INDEX_DIR, IndexLoadError } from './search/index-file.ts';
export { EXAMPLE_QUESTIONS } from './query/suggest.ts';

export interface LoadCorpusOptions {
  /**
   * Directory holding `index.json`. Defaults to `INDEX_DIR` from the
   * environment, then the bundled `index-data/`.
   */
  indexDir?: string;
}

/**
 * Load the prebuilt index and return the {@link Corpus} API.
 * Rejects with an `IndexLoadError` that says what to do when the index is
 * missing or was built by another version.
 */
export async function loadCorpus(options: LoadCorpusOptions = {}): Promise<Corpus> {
  const indexDir = options.indexDir ?? process.env['INDEX_DIR'] ?? DEFAULT_INDEX_DIR;
  const { file, index } = await loadIndexFile(indexDir);
  const context = createContext(file, index);
  const guard = <T>(fn: () => T, fallback: (error: unknown) => T): T => {
    try {
      return fn();
    } catch (error) {
      return fallback(error);
    }
  };
  const failure = (error: unknown) => ({
    ok: false as const,
    error: { message: `Sorry, something went wrong answering that (${(error as Error).name}).`, suggestions: [] },
  });
  return {
    ask: (question, askOptions) =>
      guard(
        () => ask(context, question, askOptions),
        (error) => ({
          question: String(question),
          understood: { authorities: [], year: null, areas: [], terms: [] },
          results: [],
          total: 0,
          message: `Sorry, something went wrong answering that (${(error as Error).name}).`,
          suggestions: [],
        }),
      ),
    judgements: (query) => guard(() => judgements(context, query), failure),
    improvements: (authority) => guard(() => improvements(context, authority), failure),
    paragraph: (reference) => guard(() => paragraph(context, reference), failure),
    authorities: () => context.authorities.map((a) => a.name),
    reports: () => context.reports.map(reportInfo),
  };
}

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
import type { AskAnswer, Corpus } from './answer-types.ts';
import { composeAlert } from './alerts/compose.ts';
import { ask } from './query/ask.ts';
import { createContext, reportInfo } from './query/context.ts';
import { converse } from './query/conversation.ts';
import { improvements, judgements } from './query/judgements.ts';
import { paragraph } from './query/paragraph-ref.ts';
import { createReader } from './reader/reader.ts';
import type { Reader } from './reader/types.ts';
import { createLogger, type Logger } from './logger.ts';
import { ensureIndex } from './search/ensure-index.ts';
import { defaultIndexDir, loadIndexFile } from './search/index-file.ts';

export type * from './answer-types.ts';
export type * from './kind-types.ts';
export type * from './model.ts';
export type * from './reader/types.ts';
export { NATIONAL_AREAS } from './reader/types.ts';
export { authorityPath, authoritySlug, paragraphAnchor, readerPath } from './reader/anchor.ts';
export { AREA_LABELS, REPORT_KIND_LABELS } from './model.ts';
export { GRADE_RANK } from './query/grades.ts';
export { DEFAULT_INDEX_DIR, IndexLoadError } from './search/index-file.ts';
export { EXAMPLE_QUESTIONS } from './query/suggest.ts';
export { describeTarget, followMatches, parseFollow, FOLLOW_USAGE, type FollowRequest, type FollowTarget } from './alerts/follow-target.ts';
export { answerPreface } from './query/preface.ts';
export { describeCoverage } from './query/coverage.ts';
export { compareQuestion, GRADE_EXAMPLES, judgementQuestion } from './query/commands.ts';

export interface LoadCorpusOptions {
  /**
   * Directory holding `index.bin`. Defaults to `INDEX_DIR` from the
   * environment, then the bundled `index-data/`.
   */
  indexDir?: string;
  /** Where unexpected errors are logged in full (default: a pino logger on stderr at LOG_LEVEL). */
  logger?: Logger;
  /**
   * Build `index.bin` first if it is missing or older than the reports in the
   * directory (default true). False loads what is there, or fails.
   */
  build?: boolean;
  /**
   * Today's ISO date (default: the system clock's, UTC). An "as at" answer
   * compares it with the end of the quarter it counts reports up to, to say
   * whether more may still be published. Tests pin it.
   */
  today?: () => string;
}

/**
 * Load the prebuilt index and return the {@link Corpus} API.
 * Rejects with an `IndexLoadError` that says what to do when the index is
 * missing or was built by another version.
 */
export async function loadCorpus(options: LoadCorpusOptions = {}): Promise<Corpus> {
  const indexDir = options.indexDir ?? defaultIndexDir();
  // The index is built from the shipped reports on first load, and whenever they change (ensure-index.ts).
  if (options.build !== false) await ensureIndex(indexDir, options.logger);
  const { file, index } = await loadIndexFile(indexDir);
  const context = createContext(file, index, options.today);
  let logger = options.logger;
  const sorry = (error: unknown): string => `Sorry, something went wrong answering that (${(error as Error).name}).`;
  // The API promises never to throw: an unexpected error is logged in full and answered with an apology.
  const guard = <T>(call: string, input: unknown, fn: () => T, fallback: (error: unknown) => T): T => {
    try {
      return fn();
    } catch (error) {
      // Created only when needed: most processes never log from here.
      logger ??= createLogger();
      logger.error({ err: error, call, input: String(input).slice(0, 200) }, 'query core failed');
      return fallback(error);
    }
  };
  const failure = (error: unknown) => ({ ok: false as const, error: { message: sorry(error), suggestions: [] } });
  // An answer with no results that says something went wrong (the error itself is logged by guard).
  const apology = (question: unknown, error: unknown): AskAnswer => ({
    question: String(question),
    understood: { authorities: [], year: null, range: null, areas: [], terms: [] },
    results: [],
    total: 0,
    message: sorry(error),
    suggestions: [],
  });
  const views = createReader(context);
  const emptyCoverage = { summary: 'No reports are loaded.', reports: 0, authorities: 0, latestPublished: null, latest: [] };
  // The same promise as the rest of the API: an unexpected error is logged, and the page says nothing was found.
  const reader: Reader = {
    report: (id) => guard('reader.report', id, () => views.report(id), () => null),
    authority: (slug) => guard('reader.authority', slug, () => views.authority(slug), () => null),
    national: (options) =>
      guard('reader.national', JSON.stringify(options ?? {}), () => views.national(options), (error) => ({
        asAt: options?.asAt ?? null,
        region: null,
        rows: [],
        headline: sorry(error),
        notes: [],
        regions: [],
      })),
    gradeCounts: (options) => guard('reader.gradeCounts', JSON.stringify(options ?? {}), () => views.gradeCounts(options), () => []),
    suggest: (text) => guard('reader.suggest', text, () => views.suggest(text), () => []),
    coverage: () => guard('reader.coverage', '', () => views.coverage(), () => emptyCoverage),
  };
  return {
    reader: () => reader,
    ask: (question, askOptions) =>
      guard('ask', question, () => ask(context, question, askOptions), (error) => apology(question, error)),
    converse: (question, previous, askOptions) =>
      guard('converse', question, () => converse(context, question, previous, askOptions), (error) => ({
        answer: apology(question, error),
        // Keep what the conversation had: one failed answer should not lose it.
        context: previous ?? { authorities: [], topic: [], topicLabel: '', areas: [], year: null, range: null, grade: null },
      })),
    judgements: (query) => guard('judgements', query, () => judgements(context, query), failure),
    improvements: (authority) => guard('improvements', authority, () => improvements(context, authority), failure),
    paragraph: (reference) => guard('paragraph', reference, () => paragraph(context, reference), failure),
    authorities: () => context.authorities.map((a) => a.name),
    reports: () => context.reports.map(reportInfo),
    reportAlert: (reportId, topics) => guard('reportAlert', reportId, () => composeAlert(context, reportId, topics), () => undefined),
  };
}

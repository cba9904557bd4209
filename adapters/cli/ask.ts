/**
 * `npm run ask -- "question"` prints cited quotes for people;
 * `npm run --silent ask -- --json "question"` prints them as JSON.
 */
import { loadCorpus } from '../../src/index.ts';
import { usePublicUrl } from '../citation-links.ts';
import { readWebConfig } from '../config.ts';
import { kindJson } from '../kind-view.ts';
import { gradesJson } from './format-grades.ts';
import { formatAsk, styleFor } from './format-text.ts';
import { parseCliArgs, usageError } from './usage.ts';

const USAGE = `Usage: npm run ask -- [--json] [--limit N] "question"

Prints the paragraphs that answer the question, best first, each quoted and cited.

  --json      print {"question", "results": [...]} as JSON (use npm run --silent)
  --limit N   how many results (default 3, at most 20)
  --help      this text

Example: npm run ask -- --limit 3 "LADO Bury"
`;

const { values, positionals } = parseCliArgs(USAGE, {
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
  help: { type: 'boolean', default: false },
});
const question = positionals.join(' ');
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) usageError(USAGE, `--limit must be a whole number above 0, not "${values.limit}".`);

try {
  // With PUBLIC_URL, citations link into the web reader, as in the chat platforms.
  usePublicUrl(readWebConfig().publicUrl);
  const corpus = await loadCorpus();
  const answer = corpus.ask(question, limit === undefined ? {} : { limit });
  if (values.json) {
    const json = {
      question: answer.question,
      results: answer.results.map((hit) => ({
        citation: hit.citation,
        reportId: hit.reportId,
        authority: hit.authority,
        year: hit.year,
        paragraph: hit.paragraph,
        section: hit.section,
        text: hit.text,
        quote: hit.quote,
        ...(hit.why === undefined ? {} : { why: hit.why }),
      })),
      ...(answer.authorities === undefined ? {} : { authorities: answer.authorities }),
      // Nothing matched in the time or letters asked: the results are from the authority's other reports.
      ...(answer.widened === undefined ? {} : { widened: answer.widened }),
      ...(answer.grades === undefined ? {} : gradesJson(answer.grades)),
      // Visit lists, overviews, improvement lists…: `visits`, `count`, `questionKind`, and any `offer`.
      ...kindJson(answer),
      ...(answer.message === undefined ? {} : { message: answer.message, suggestions: answer.suggestions ?? [] }),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatAsk(answer, styleFor(process.stdout))}\n`);
  }
} catch (error) {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exitCode = 1;
}

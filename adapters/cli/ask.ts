/**
 * `npm run ask -- "question"` prints cited quotes for people;
 * `npm run --silent ask -- --json "question"` prints them as JSON.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/index.ts';
import { gradesJson } from './format-grades.ts';
import { formatAsk, styleFor } from './format-text.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } },
});
const question = positionals.join(' ');
const limit = values.limit === undefined ? undefined : Number(values.limit);

try {
  const corpus = await loadCorpus();
  const answer = corpus.ask(question, limit === undefined || Number.isNaN(limit) ? {} : { limit });
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
      })),
      ...(answer.grades === undefined ? {} : gradesJson(answer.grades)),
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

/**
 * `npm run judgement -- "Bury care leavers"` prints an authority's grades,
 * latest inspection first; `--json` prints them as JSON, or an error object
 * with a non-zero exit for an unknown authority.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/index.ts';
import { formatJudgements } from './format-text.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });

try {
  const corpus = await loadCorpus();
  const answer = corpus.judgements(positionals.join(' '));
  if (values.json) {
    const json = answer.ok
      ? {
          authority: answer.authority,
          inspections: answer.inspections.map((i) => ({
            reportId: i.reportId,
            kind: i.kind,
            year: i.year,
            published: i.published,
            overall: i.overall,
            judgements: i.judgements.map((j) => ({ area: j.area, grade: j.grade })),
          })),
        }
      : { error: { message: answer.error.message, suggestions: answer.error.suggestions } };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatJudgements(answer)}\n`);
  }
  if (!answer.ok) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`judgement: ${(error as Error).message}\n`);
  process.exitCode = 1;
}

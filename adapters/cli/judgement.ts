/**
 * `npm run judgement -- "Bury care leavers"` prints an authority's grades,
 * latest inspection first; `--json` prints them as JSON, or an error object
 * with a non-zero exit for an unknown authority.
 */
import { loadCorpus } from '../../src/index.ts';
import { usePublicUrl } from '../citation-links.ts';
import { readWebConfig } from '../config.ts';
import { formatJudgements } from './format-text.ts';
import { parseCliArgs, usageError } from './usage.ts';

const USAGE = `Usage: npm run judgement -- [--json] [--limit N] "authority [area] [year]"

Prints an authority's inspection grades, latest inspection first, each citing its report.

  --json      print {"authority", "inspections": [...]} as JSON (use npm run --silent)
  --limit N   show only the N latest inspections
  --help      this text

Example: npm run judgement -- "Bury care leavers"
`;

const { values, positionals } = parseCliArgs(USAGE, {
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
  help: { type: 'boolean', default: false },
});
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) usageError(USAGE, `--limit must be a whole number above 0, not "${values.limit}".`);

try {
  // With PUBLIC_URL, citations link into the web reader, as in the chat platforms.
  usePublicUrl(readWebConfig().publicUrl);
  const corpus = await loadCorpus();
  const found = corpus.judgements(positionals.join(' '));
  const answer = found.ok && limit !== undefined ? { ...found, inspections: found.inspections.slice(0, limit) } : found;
  if (values.json) {
    const json = answer.ok
      ? {
          authority: answer.authority,
          ...(answer.notice === undefined ? {} : { notice: answer.notice }),
          inspections: answer.inspections.map((i) => ({
            reportId: i.reportId,
            kind: i.kind,
            year: i.year,
            published: i.published,
            overall: i.overall,
            judgements: i.judgements.map((j) => ({ area: j.area, grade: j.grade })),
            themes: i.themes,
            url: i.url,
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

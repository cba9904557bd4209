/**
 * `npm run apply-assessments -- --pool <dir>`: adds the assessor's verdicts
 * (`verdicts-<file>.json` beside each `pool-<file>.json` written by
 * scripts/pool-assessments.ts) to `scripts/dev-set-assessments.json`.
 * An item without a verdict is left for the next round; a verdict for an id
 * the pool does not hold stops the run, since the files do not belong together.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCliArgs, usageError } from '../adapters/cli/usage.ts';
import { ASSESSMENTS_FILE, type Assessment } from './dev-set-assessments.ts';

const USAGE = `usage: npm run apply-assessments -- [options]
  --pool <dir>  the pool-assessments directory: adds its verdicts-*.json to scripts/dev-set-assessments.json (required)
  --help        this text
`;

const { values } = parseCliArgs(USAGE, { pool: { type: 'string' }, help: { type: 'boolean' } }, false);
if (values.pool === undefined) usageError(USAGE, 'apply-assessments: expected --pool <dir>, got none');

interface PoolItem {
  id: string;
  question: string;
  candidate: { key: string };
}

const existing: Assessment[] = [];
try {
  existing.push(...((JSON.parse(await readFile(ASSESSMENTS_FILE, 'utf8')) as { assessments: Assessment[] }).assessments));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
const byKey = new Map(existing.map((a) => [`${a.question}\u0000${a.key}`, a]));
let added = 0;
let missing = 0;
for (const name of (await readdir(values.pool)).filter((n) => n.startsWith('pool-') && n.endsWith('.json')).sort()) {
  const items = JSON.parse(await readFile(path.join(values.pool, name), 'utf8')) as PoolItem[];
  const verdictFile = path.join(values.pool, name.replace(/^pool-/, 'verdicts-'));
  let verdicts: Array<{ id: string; verdict: string }>;
  try {
    verdicts = JSON.parse(await readFile(verdictFile, 'utf8')) as Array<{ id: string; verdict: string }>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    process.stdout.write(`apply-assessments: no ${path.basename(verdictFile)} yet; ${items.length} items left\n`);
    missing += items.length;
    continue;
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  for (const v of verdicts) {
    const item = byId.get(v.id);
    if (item === undefined) throw new Error(`apply-assessments: ${path.basename(verdictFile)} judges id ${v.id}, which ${name} does not hold`);
    if (v.verdict !== 'yes' && v.verdict !== 'no') throw new Error(`apply-assessments: expected "yes" or "no" for ${v.id}, got ${JSON.stringify(v.verdict)}`);
    seen.add(v.id);
    const key = `${item.question}\u0000${item.candidate.key}`;
    if (!byKey.has(key)) added++;
    byKey.set(key, { question: item.question, key: item.candidate.key, verdict: v.verdict });
  }
  missing += items.filter((i) => !seen.has(i.id)).length;
}
const assessments = [...byKey.values()].sort((a, b) => a.question.localeCompare(b.question) || a.key.localeCompare(b.key));
const description =
  'Pooled relevance assessment of the development set (scripts/pool-assessments.ts): paragraphs nobody listed, judged blind. "yes" answers the question; "no" overrides a cross-authority judge.';
await writeFile(ASSESSMENTS_FILE, `${JSON.stringify({ description, assessments }, null, 1)}\n`);
const yes = assessments.filter((a) => a.verdict === 'yes').length;
process.stdout.write(`apply-assessments: ${added} new verdicts; ${assessments.length} in all (${yes} yes); ${missing} pooled items without a verdict\n`);

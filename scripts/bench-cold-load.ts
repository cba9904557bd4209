/**
 * Prints how long `loadCorpus()` takes in a fresh process, in milliseconds:
 * the load a user waits for at `npm start`. With `--floor <file>`, instead
 * how long reading and `JSON.parse` of that file take (see load-floor.ts).
 * `npm run bench` runs both several times, each in its own process.
 */
import { readFile } from 'node:fs/promises';
import { parseCliArgs } from '../adapters/cli/usage.ts';
import { loadCorpus } from '../src/index.ts';

// Not an npm script: `npm run bench` runs it as `node --import tsx scripts/bench-cold-load.ts <index dir>` and `… --floor <file>`.
const USAGE = `usage: node --import tsx scripts/bench-cold-load.ts [options] [index-dir]
  index-dir       time loadCorpus() from this index directory (default: the default index)
  --floor <file>  instead time reading and JSON.parse of this file (format 2's index.json)
  --help          this text
`;

const { values, positionals } = parseCliArgs(USAGE, { floor: { type: 'string' }, help: { type: 'boolean' } });
const started = performance.now();
if (values.floor !== undefined) JSON.parse(await readFile(values.floor, 'utf8'));
else await loadCorpus(positionals[0] === undefined ? {} : { indexDir: positionals[0] });
process.stdout.write(`${(performance.now() - started).toFixed(2)}\n`);

/**
 * Prints how long `loadCorpus()` takes in a fresh process, in milliseconds:
 * the load a user waits for at `npm start`. With `--floor <file>`, instead
 * how long reading and `JSON.parse` of that file take (see load-floor.ts).
 * `npm run bench` runs both several times, each in its own process.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/index.ts';

const { values, positionals } = parseArgs({ options: { floor: { type: 'string' } }, allowPositionals: true });
const started = performance.now();
if (values.floor !== undefined) JSON.parse(await readFile(values.floor, 'utf8'));
else await loadCorpus(positionals[0] === undefined ? {} : { indexDir: positionals[0] });
process.stdout.write(`${(performance.now() - started).toFixed(2)}\n`);

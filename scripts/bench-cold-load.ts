/**
 * Prints how long `loadCorpus()` takes in a fresh process, in milliseconds:
 * the load a user waits for at `npm start`. `npm run bench` runs it several
 * times, each in its own process.
 */
import { loadCorpus } from '../src/index.ts';

const started = performance.now();
await loadCorpus(process.argv[2] === undefined ? {} : { indexDir: process.argv[2] });
process.stdout.write(`${(performance.now() - started).toFixed(2)}\n`);

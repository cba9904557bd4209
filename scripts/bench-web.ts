/**
 * `npm run bench-web`: the web reader's speed on this machine, on 127.0.0.1.
 *
 * 1. Server-side time per page kind (the server's own timing of each
 *    response, from routing to the last byte written): p50 and p95 over
 *    sequential requests to varied pages (every 4th report, every
 *    authority, national pages at several dates and regions, questions).
 * 2. Throughput with 50 concurrent clients (autocannon, bounded in time) on
 *    report pages, and on a mix of every page kind.
 *
 * The load runs against a server in a child process of its own, so the
 * clients do not share its event loop. Search is rate-limited per client in
 * service; the benchmark's one client address gets a limit high enough not to
 * be refused, so what is measured is the page, not the limiter.
 *
 *   npm run bench-web [-- --seconds 10]
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { EXAMPLE_QUESTIONS, GRADE_EXAMPLES, loadCorpus } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';
import { createWebServer, type PageKind } from '../adapters/web/server.ts';
import { parseCliArgs } from '../adapters/cli/usage.ts';

const USAGE = `usage: npm run bench-web -- [options]
  --seconds N   how long each throughput run lasts, 1 to 60 (default 10)
  --serve       (internal) be the benchmark's server: the child process the benchmark forks
  --help        this text
`;

const { values } = parseCliArgs(USAGE, {
  seconds: { type: 'string', default: '10' },
  serve: { type: 'boolean', default: false },
  help: { type: 'boolean' },
}, false);
const seconds = Math.min(Math.max(Number(values.seconds) || 10, 1), 60);
/** A high limit for the benchmark's one client (see above). */
const NO_LIMIT = { burst: 1_000_000, perSecond: 1_000_000 };

if (values.serve) {
  // The child: serve on a free port, say which, and stop when the parent disconnects.
  const served = createWebServer({ corpus: await loadCorpus(), logger: createLogger('silent'), rateLimit: NO_LIMIT });
  process.send?.({ port: await served.listen(0, '127.0.0.1') });
  process.on('disconnect', () => void served.close().then(() => process.exit(0)));
  await new Promise(() => {});
}

const corpus = await loadCorpus();
const timings = new Map<PageKind, number[]>();
let recording = false;
const web = createWebServer({
  corpus,
  logger: createLogger('silent'),
  rateLimit: NO_LIMIT,
  onTiming: (kind, ms) => {
    if (recording) timings.set(kind, [...(timings.get(kind) ?? []), ms]);
  },
});
const port = await web.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${port}`;

const reports = corpus.reports().map((r) => `/reports/${encodeURIComponent(r.id)}`);
const authorities = corpus.authorities().map((name) => `/authorities/${encodeURIComponent(corpus.reader().authority(name)?.slug ?? name)}`);
const nationals = ['', '?asAt=2025-03-31', '?asAt=2020-03-31&region=London', '?region=North+West&area=children-in-care', '?sort=overall&dir=desc', '?asAt=2017-03-31&grade=inadequate'].map((q) => `/national${q}`);
const questions = [...EXAMPLE_QUESTIONS, ...GRADE_EXAMPLES, 'LADO Bury', 'what about in 2016?', 'care leavers accommodation Leeds', 'front door Kent 2023'].map(
  (q) => `/search?q=${encodeURIComponent(q)}`,
);
const pages: Record<string, string[]> = {
  home: ['/'],
  report: reports.filter((_, i) => i % 4 === 0),
  authority: authorities,
  national: nationals,
  search: questions,
};

async function fetchAll(paths: readonly string[]): Promise<void> {
  for (const p of paths) {
    const response = await fetch(`${base}${p}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${p}: status ${response.status}`);
  }
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

// Warm up (JIT, the national view's per-index cache), then record.
for (const paths of Object.values(pages)) await fetchAll(paths);
recording = true;
for (const paths of Object.values(pages)) await fetchAll(paths);
// Small sets are fetched more than once, so that p95 means something.
for (let round = 0; round < 4; round++) await fetchAll([...pages['home']!, ...nationals]);
recording = false;

process.stdout.write(`Server-side time per page kind (ms, sequential requests, ${new Date().toISOString().slice(0, 10)}):\n`);
process.stdout.write(`  ${'kind'.padEnd(10)} ${'pages'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}\n`);
const summary: Record<string, unknown> = {};
for (const kind of ['home', 'report', 'authority', 'national', 'search'] as const) {
  const ms = [...(timings.get(kind) ?? [])].sort((a, b) => a - b);
  const row = { n: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: ms.at(-1) ?? NaN };
  summary[kind] = row;
  process.stdout.write(`  ${kind.padEnd(10)} ${String(row.n).padStart(6)} ${row.p50.toFixed(2).padStart(7)} ${row.p95.toFixed(2).padStart(7)} ${row.max.toFixed(2).padStart(7)}\n`);
}

await web.close();
const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
const loadBase = await new Promise<string>((resolve, reject) => {
  child.once('message', (m) => resolve(`http://127.0.0.1:${(m as { port: number }).port}`));
  child.once('exit', (code) => reject(new Error(`the benchmark's server exited (${code})`)));
});

async function load(name: string, paths: readonly string[]): Promise<void> {
  const result = await autocannon({ url: loadBase, connections: 50, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  summary[`load:${name}`] = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
  process.stdout.write(
    `  ${name.padEnd(10)} ${result.requests.average.toFixed(0).padStart(7)} req/s  latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms  (${result.requests.total} requests, ${result.non2xx} not 2xx, ${result.errors} errors)\n`,
  );
}

process.stdout.write(`\nThroughput, 50 concurrent clients, ${seconds} s each (autocannon on 127.0.0.1, the server in its own process):\n`);
await load('reports', pages['report']!);
const mixed = [...pages['report']!.slice(0, 40), ...authorities.slice(0, 20), ...nationals, ...questions.slice(0, 10), '/'];
await load('mixed', mixed);
process.stdout.write(`\n${JSON.stringify(summary)}\n`);
child.disconnect();

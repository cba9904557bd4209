/**
 * `npm run bench-footprint [-- --answers 60] [--idle-seconds 10]`: what the
 * running bot costs, measured the way it runs in production: `npm start` in
 * Slack HTTP mode against the local Slack stand-in (127.0.0.1), nothing sent
 * anywhere else.
 *
 * 1. A fresh DATA_DIR (an empty state volume): time from `npm start` to the
 *    HTTP receiver answering /health; then `--answers` questions from the
 *    development set (slash commands and mentions in turn, one at a time,
 *    each waited for); the peak RSS (VmHWM) of the bot's node process over
 *    start-up and those answers; its RSS after `--idle-seconds` idle.
 * 2. The same DATA_DIR again (an existing store and index): time to listening.
 *
 * The shipped index is built first if it is not current (as the Docker image
 * does at build time), so "fresh" measures what a new state volume costs —
 * the shipped reports and index copied into DATA_DIR/index, a new store —
 * not the one-off index build. The figures are for the node process running
 * adapters/main.ts (npm's own process is left out: in production the unit and
 * the container run node directly).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureIndex } from '../src/search/ensure-index.ts';
import { DEFAULT_INDEX_DIR } from '../src/search/index-file.ts';
import { BOT_USER_ID, startSlackStandIn, type SlackStandIn } from '../test/slack/support/slack-stand-in.ts';
import { commandBody, eventBody, FORM, JSON_TYPE, sendSigned } from '../test/slack/support/signed-requests.ts';
import { appPid, freePort, npmStart, type Started } from '../test/main/support/processes.ts';
import { parseCliArgs } from '../adapters/cli/usage.ts';
import { loadDevSet } from './dev-set.ts';

const USAGE = `usage: npm run bench-footprint -- [options]
  --answers N         development-set questions answered after a fresh start (default 60)
  --idle-seconds N    seconds idle before the bot's RSS is read again (default 10)
  --verbose           print the bot's own log (at LOG_LEVEL=info) of each start
  --help              this text
`;

const { values } = parseCliArgs(USAGE, {
  answers: { type: 'string', default: '60' },
  'idle-seconds': { type: 'string', default: '10' },
  /** Print the bot's own log (at LOG_LEVEL=info) of each start. */
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean' },
}, false);
const ANSWERS = Number(values.answers);
const IDLE_MS = Number(values['idle-seconds']) * 1000;
const SECRET = 'bench-footprint-signing-secret';

/** CPU seconds (user + system) `pid` has used: unlike wall time, not stretched by other work on a busy machine. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** VmHWM and VmRSS of `pid`, in MiB. */
function memory(pid: number): { hwm: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { hwm: kib('VmHWM') / 1024, rss: kib('VmRSS') / 1024 };
}

interface Running {
  started: Started;
  pid: number;
  base: string;
  /** Milliseconds from spawning `npm start` to /health answering 200. */
  listenMs: number;
  /** CPU seconds the bot's process had used by then. */
  listenCpu: number;
}

async function start(dataDir: string, standIn: SlackStandIn): Promise<Running> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const started = npmStart({
    DATA_DIR: dataDir,
    // The production default: the index under DATA_DIR, copied from the release (or built) on first start.
    INDEX_DIR: '',
    LOG_LEVEL: values.verbose ? 'info' : 'warn',
    SLACK_BOT_TOKEN: 'xoxb-bench-footprint',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: String(port),
    ...(process.env['BENCH_NODE_OPTIONS'] ? { NODE_OPTIONS: process.env['BENCH_NODE_OPTIONS'] } : {}),
  });
  let listening = false;
  const exited = started.exited.then(() => true);
  while (!listening) {
    if (await Promise.race([exited, new Promise<false>((resolve) => setTimeout(() => resolve(false), 10))])) {
      throw new Error(`npm start exited before listening:\n${started.output()}`);
    }
    listening = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (performance.now() - t0 > 120_000) throw new Error(`not listening after 120 s:\n${started.output()}`);
  }
  const listenMs = performance.now() - t0;
  const pid = appPid(started.child.pid ?? 0);
  if (pid === undefined) throw new Error('could not find the node process running adapters/main.ts');
  return { started, pid, base, listenMs, listenCpu: cpuSeconds(pid) };
}

async function stop(running: Running): Promise<void> {
  running.started.child.kill('SIGTERM');
  await Promise.race([running.started.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (values.verbose) process.stderr.write(running.started.output());
}

/** Ask `questions`, one at a time, alternating a slash command and a mention; resolves when every answer has arrived. */
async function ask(running: Running, standIn: SlackStandIn, questions: readonly string[]): Promise<number[]> {
  const url = `${running.base}/slack/events`;
  const times: number[] = [];
  for (const [i, question] of questions.entries()) {
    const t0 = performance.now();
    if (i % 2 === 0) {
      const id = `footprint-${i}`;
      await sendSigned(url, commandBody({ command: '/ofsted', text: question, responseUrl: standIn.responseUrl(id) }), FORM, { secret: SECRET });
      await standIn.waitForResponse(id);
    } else {
      const ts = `1780000000.${String(i).padStart(6, '0')}`;
      const before = standIn.calls.length;
      const event = { type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> ${question}`, ts, event_ts: ts, channel: 'C0000001' };
      await sendSigned(url, eventBody(event), JSON_TYPE, { secret: SECRET });
      await standIn.waitFor(() => standIn.calls.slice(before).find((c) => c.method === 'chat.postMessage'), 30_000);
    }
    times.push(performance.now() - t0);
  }
  return times;
}

const mib = (n: number): string => `${Math.round(n)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const index = await ensureIndex(DEFAULT_INDEX_DIR);
if (index.built) process.stderr.write(`built the shipped index first (${seconds(index.ms)})\n`);
const questions = (await loadDevSet()).map((q) => q.question).slice(0, ANSWERS);
while (questions.length < ANSWERS) questions.push(...questions.slice(0, ANSWERS - questions.length));

const standIn = await startSlackStandIn();
const dataDir = await mkdtemp(path.join(tmpdir(), 'ofsted-bot-footprint-'));
const lines: string[] = [];
try {
  const fresh = await start(dataDir, standIn);
  const atListen = memory(fresh.pid);
  const times = await ask(fresh, standIn, questions);
  const afterAnswers = memory(fresh.pid);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = memory(fresh.pid);
  await stop(fresh);

  const again = await start(dataDir, standIn);
  const againMem = memory(again.pid);
  await stop(again);

  const sorted = [...times].sort((a, b) => a - b);
  const p = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  lines.push(`Footprint of \`npm start\` (Slack HTTP mode, local stand-in), node process only`);
  lines.push(`  fresh DATA_DIR: npm start → listening        ${seconds(fresh.listenMs)}   (goal < 5 s; CPU ${fresh.listenCpu.toFixed(2)} s)`);
  lines.push(`  existing DATA_DIR: npm start → listening     ${seconds(again.listenMs)}   (goal < 3 s; CPU ${again.listenCpu.toFixed(2)} s)`);
  lines.push(`  peak RSS (VmHWM), start-up + ${ANSWERS} answers     ${mib(afterAnswers.hwm)}   (goal < 450 MB; at listening ${mib(atListen.hwm)})`);
  lines.push(`  RSS idle ${IDLE_MS / 1000} s after the answers             ${mib(idle.rss)}   (goal < 300 MB; right after ${mib(afterAnswers.rss)})`);
  lines.push(`  existing DATA_DIR: RSS at listening          ${mib(againMem.rss)}`);
  lines.push(`  answer round trip p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms (${ANSWERS} answers, sequential)`);
} finally {
  await standIn.close();
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
// The stand-in's keep-alive sockets may linger; nothing else is left to wait for.
process.exit(0);

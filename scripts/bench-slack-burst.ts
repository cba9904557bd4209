/**
 * `npm run bench-slack-burst -- [sizes] [--sustained] [--postgres] [--cpu-prof]`:
 * the Slack app under bursts, as an operator would probe it. Starts the real
 * bot (`adapters/main.ts`, HTTP mode, the embedded store, or with
 * `--postgres` a local PostgreSQL at DATABASE_URL) in its own process
 * against a local Slack stand-in, sends bursts of simultaneous signed slash commands (`/ofsted` with varied
 * questions, `/judgement` with varied authorities), then, with
 * `--sustained`, 50 commands a second for 30 s. Reports ack and answer
 * times, acks over Slack's 3 s, how many were answered exactly once, and
 * the bot's RSS. Everything runs on 127.0.0.1.
 *
 * Sizes default to 50,200,500,1000. ANSWER_CONCURRENCY and
 * ANSWER_QUEUE_LIMIT are passed to the bot when set. Each burst is first
 * sent to a bare Node server (`load/bare-server.ts`) for reference: the
 * machine's own floor at that moment. `--cpu-prof` writes the bot's CPU
 * profile to /tmp/ofsted-bench-prof when it exits.
 */
import { SIGNING_SECRET } from '../test/slack/support/harness.ts';
import { startSlackStandIn } from '../test/slack/support/slack-stand-in.ts';
import { freePort } from '../test/main/support/processes.ts';
import { startBareServer } from './load/bare-server.ts';
import { benchPostgres, sampler, startBotProcess } from './load/bot-process.ts';
import { collect, loadMix, sendCommand, type Outcome, type Sent } from './load/slack-load.ts';
import { spread, table } from './bench-stats.ts';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d+(,\d+)*$/.test(a)) ?? '50,200,500,1000').split(',').map(Number);
const sustained = args.includes('--sustained');
const cpuProf = args.includes('--cpu-prof');

const postgres = await benchPostgres(args);
const standIn = await startSlackStandIn();
const bare = await startBareServer();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const url = new URL(`${base}/slack/events`);
const bot = await startBotProcess(
  {
    env: {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      ...(postgres === null ? {} : { DATABASE_URL: postgres.url }),
    },
    ...(cpuProf ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/ofsted-bench-prof'] } : {}),
  },
  () => fetch(`${base}/health`).then((r) => r.ok, () => false),
);
const mix = loadMix();
let next = 0;
const item = () => mix[next++ % mix.length]!;

const rows: string[][] = [];
function row(label: string, outcome: Outcome, rss: number): void {
  const acks = outcome.sent.map((s) => s.ackMs);
  const late = outcome.sent.filter((s) => s.ackMs > 3000 || s.status !== 200).length;
  rows.push([
    label,
    spread(acks),
    String(late),
    spread(outcome.answerMs),
    `${outcome.answeredOnce}/${outcome.sent.length}${outcome.answeredTwice > 0 ? ` (${outcome.answeredTwice} twice)` : ''}`,
    String(outcome.busy),
    `${Math.round(rss)} MB`,
  ]);
  process.stderr.write(`${rows.at(-1)?.join(' | ')}\n`);
}

try {
  // Warm up: JIT, the store, connections.
  const warm: Sent[] = [];
  for (let i = 0; i < 20; i += 1) warm.push(await sendCommand(url, SIGNING_SECRET, standIn, item()));
  await collect(standIn, warm);
  const idle = bot.rssMiB();

  for (const size of sizes) {
    const floor = await Promise.all(Array.from({ length: size }, () => sendCommand(bare.url, SIGNING_SECRET, standIn, item())));
    rows.push([`${size} at once: bare Node server`, spread(floor.map((s) => s.ackMs)), String(floor.filter((s) => s.ackMs > 3000).length), '', '', '', '']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rss = sampler(() => bot.rssMiB());
    const sent = await Promise.all(Array.from({ length: size }, () => sendCommand(url, SIGNING_SECRET, standIn, item())));
    const outcome = await collect(standIn, sent);
    row(`${size} at once: the bot`, outcome, rss.stop());
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  if (sustained) {
    const rss = sampler(() => bot.rssMiB());
    const pending: Promise<Sent>[] = [];
    const started = performance.now();
    for (let i = 0; i < 1500; i += 1) {
      const due = started + i * 20;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(sendCommand(url, SIGNING_SECRET, standIn, item()));
    }
    const outcome = await collect(standIn, await Promise.all(pending));
    row('50/s for 30 s', outcome, rss.stop());
  }

  process.stdout.write(
    `Slack bursts against the real bot (${postgres === null ? 'embedded store' : `PostgreSQL at DATABASE_URL (${postgres.engine})`}; ` +
      `ANSWER_CONCURRENCY=${process.env['ANSWER_CONCURRENCY'] ?? 'default'}, ANSWER_QUEUE_LIMIT=${process.env['ANSWER_QUEUE_LIMIT'] ?? 'default'}); ` +
      `RSS idle after warm-up ${Math.round(idle)} MB, peak over the run ${Math.round(bot.peakRssMiB())} MB\n\n`,
  );
  process.stdout.write(
    `${table(['load', 'ack p50 / p95 / max', 'acked after 3 s', 'answer p50 / p95 / max', 'answered once', 'busy acks', 'peak RSS'], rows)}\n`,
  );
} finally {
  bare.stop();
  await bot.stop();
  await standIn.close();
  await postgres?.stop();
}

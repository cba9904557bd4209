/**
 * `npm run bench-alerts [-- --channels 200] [-- --rounds 100] [-- --database-url postgres://…]`:
 *
 * 1. Alert fan-out: `--channels` Slack channels follow every authority; three
 *    new reports are ingested into the running bot's index directory at once.
 *    Prints the time from the index being written to the first and the last
 *    post, posts per second overall, and per channel (the closest two posts
 *    to one channel ever came).
 * 2. The store's cost per answer: app_mention → answer posted, p50/p95, with
 *    the store's event dedupe and channel settings, and with neither (in-memory
 *    dedupe, as before the store).
 *
 * Everything runs on 127.0.0.1 against the Slack stand-in, with the embedded
 * store in a temporary DATA_DIR (or PostgreSQL with --database-url).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startRuntime } from '../adapters/runtime.ts';
import { DEFAULT_OFSTED_BASE_URL } from '../adapters/config.ts';
import { createSlackApp, SLACK_EVENTS_PATH } from '../adapters/slack/app.ts';
import { openStore, type StoreLocation } from '../adapters/store/open-store.ts';
import { loadCorpus } from '../src/index.ts';
import { ingestReportsAtOnce, makeIndexDir } from '../test/alerts/support/index-dir.ts';
import { eventBody, JSON_TYPE, sendSigned } from '../test/slack/support/signed-requests.ts';
import { startSlackStandIn, type SlackStandIn } from '../test/slack/support/slack-stand-in.ts';
import { percentile } from './bench-stats.ts';
import { parseCliArgs } from '../adapters/cli/usage.ts';

const USAGE = `usage: npm run bench-alerts -- [options]
  --channels N          Slack channels following every authority for the alert fan-out (default 200)
  --rounds N            app_mention → answer rounds timed for the store's cost per answer (default 100)
  --database-url URL    use this PostgreSQL store instead of the embedded one in a temporary DATA_DIR
  --help                this text
`;

const { values } = parseCliArgs(USAGE, {
  channels: { type: 'string', default: '200' },
  rounds: { type: 'string', default: '100' },
  'database-url': { type: 'string' },
  help: { type: 'boolean' },
}, false);
const CHANNELS = Number(values.channels);
const ROUNDS = Number(values.rounds);
const SECRET = 'bench-signing-secret';
const location: StoreLocation =
  values['database-url'] !== undefined
    ? { dataDir: null, databaseUrl: values['database-url'] }
    : { dataDir: mkdtempSync(path.join(tmpdir(), 'bench-alerts-data-')), databaseUrl: null };
const logger = pino({ level: 'silent' });
const f = (n: number): string => n.toFixed(1);


async function fanOut(standIn: SlackStandIn): Promise<void> {
  const indexDir = await makeIndexDir();
  const store = await openStore(location);
  for (let i = 0; i < CHANNELS; i++) await store.follows.add('slack', `C${String(i).padStart(5, '0')}`, { kind: 'all', name: '' }, '');
  await store.close();
  const runtime = await startRuntime({
    config: {
      logLevel: 'silent',
      logFile: null,
      update: { baseUrl: DEFAULT_OFSTED_BASE_URL, schedule: null },
      web: { port: null, publicUrl: null },
      indexDir,
      indexPollMs: 1000,
      answers: { concurrency: 2, queueLimit: 100 },
      store: { dataDir: '', databaseUrl: null },
      slack: { botToken: 'xoxb-bench', signingSecret: SECRET, appToken: null, port: 0, apiUrl: standIn.apiUrl },
      discord: null,
      teams: null,
    },
    logger,
    host: '127.0.0.1',
    storeLocation: location,
  });
  try {
    const reports = ['birmingham-2023', 'leeds-2025', 'wiltshire-2023'];
    const expected = CHANNELS * reports.length;
    standIn.reset();
    await ingestReportsAtOnce(indexDir, reports);
    const written = performance.now();
    const posts = await standIn.waitFor(() => {
      const sent = standIn.calls.filter((c) => c.method === 'chat.postMessage');
      return sent.length >= expected ? sent : undefined;
    }, 600_000);
    const times = posts.map((p) => p.at).sort((a, b) => a - b);
    const first = (times[0] ?? written) - written;
    const last = (times[times.length - 1] ?? written) - written;
    const byChannel = new Map<string, number[]>();
    for (const post of posts) byChannel.set(String(post.body.channel), [...(byChannel.get(String(post.body.channel)) ?? []), post.at]);
    let minGap = Infinity;
    for (const list of byChannel.values()) {
      list.sort((a, b) => a - b);
      for (let i = 1; i < list.length; i++) minGap = Math.min(minGap, (list[i] ?? 0) - (list[i - 1] ?? 0));
    }
    const duplicates = posts.length - new Set(posts.map((p) => `${String(p.body.channel)} ${String(p.body.text).slice(0, 60)}`)).size;
    process.stdout.write(
      `Fan-out: ${CHANNELS} channels × ${reports.length} new reports = ${posts.length} posts (${duplicates} duplicates), ${runtime.store.sql.engine} store\n` +
        `  index written → first post ${f(first)} ms (reload poll every 1 s), → last post ${f(last)} ms\n` +
        `  ${f(posts.length / ((last - first) / 1000))} posts/s overall; per channel: ${reports.length} posts, closest two ${f(minGap)} ms apart ` +
        `(${(1000 / minGap).toFixed(2)} posts/s/channel at most)\n`,
    );
  } finally {
    await runtime.stop();
  }
}

async function answerLatency(standIn: SlackStandIn, withStore: boolean): Promise<number[]> {
  const corpus = await loadCorpus();
  const store = withStore ? await openStore(location) : null;
  const slack = createSlackApp({
    config: { botToken: 'xoxb-bench', signingSecret: SECRET, appToken: null, port: 0, apiUrl: standIn.apiUrl },
    corpus,
    logger,
    host: '127.0.0.1',
    store,
  });
  await slack.start();
  const url = `http://127.0.0.1:${slack.port()}${SLACK_EVENTS_PATH}`;
  const samples: number[] = [];
  try {
    for (let i = 0; i < ROUNDS + 10; i++) {
      standIn.reset();
      const channel = `CL${withStore ? 'S' : 'M'}${i % 5}`;
      const event = { type: 'app_mention', user: 'U1', text: '<@UBOT0001> LADO Bury', channel, ts: `17600${withStore ? 1 : 2}0000.${String(i).padStart(6, '0')}` };
      const sent = await sendSigned(url, eventBody(event), JSON_TYPE, { secret: SECRET });
      const post = await standIn.waitForCall('chat.postMessage');
      if (i >= 10) samples.push(post.at - sent.sentAt);
    }
  } finally {
    await slack.stop();
    await store?.close();
  }
  return samples.sort((a, b) => a - b);
}

const standIn = await startSlackStandIn();
try {
  await fanOut(standIn);
  const without = await answerLatency(standIn, false);
  const withStore = await answerLatency(standIn, true);
  process.stdout.write(
    `Answer latency, app_mention → answer posted (n=${ROUNDS}):\n` +
      `  without store (in-memory dedupe): p50 ${f(percentile(without, 50))} ms, p95 ${f(percentile(without, 95))} ms\n` +
      `  with the ${values['database-url'] !== undefined ? 'PostgreSQL' : 'embedded'} store (dedupe claim + channel settings): p50 ${f(percentile(withStore, 50))} ms, p95 ${f(percentile(withStore, 95))} ms\n`,
  );
} finally {
  await standIn.close();
}

/**
 * `npm run bench-teams`: the Teams bot against the local stand-in (127.0.0.1
 * only), measured:
 *
 * 1. mention → reply posted: from the POST of a signed @mention to the
 *    reply's arrival at the stand-in's Bot Connector, one at a time;
 * 2. the same under 50 concurrent conversations (each a thread asking a
 *    question and two follow-ups);
 * 3. alert fan-out: 200 channels follow an authority, a new report is
 *    ingested, and the time from the index reload to the last channel's post.
 *
 * Options: --questions N (default 200), --channels N (default 200), --only latency|fan-out.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { DEFAULT_OFSTED_BASE_URL } from '../adapters/config.ts';
import { startRuntime } from '../adapters/runtime.ts';
import { ingestReport, makeIndexDir } from '../test/alerts/support/index-dir.ts';
import { activities, post, startHarness, teamsConfig } from '../test/teams/support/harness.ts';
import { startTeamsStandIn } from '../test/teams/support/teams-stand-in.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const QUESTIONS = ['what did inspectors say about the LADO in Bury?', 'care leavers mental health southend', 'siblings placed together in Leeds', 'are IRO caseloads ok in bury 2016', 'judgement Birmingham', 'the front door in Kent'];
const FOLLOW_UPS = ['what about in 2016?', 'and in Southend?'];
const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (ms: number[]): string => {
  const s = [...ms].sort((a, b) => a - b);
  return `n=${s.length} p50 ${pct(s, 50).toFixed(1)} ms, p95 ${pct(s, 95).toFixed(1)} ms, max ${(s[s.length - 1] ?? NaN).toFixed(1)} ms`;
};
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

async function latency(): Promise<void> {
  const h = await startHarness({ logLevel: 'warn' });
  try {
    const ask = async (activity: Record<string, unknown>, conversation: string, nth: number): Promise<number> => {
      const started = performance.now();
      await h.send(activity);
      const reply = await h.standIn.waitFor(() => h.standIn.posts(conversation).filter((c) => c.conversationId === conversation)[nth], 30_000);
      return reply.at - started;
    };
    // Warm-up: the first token, the signing keys, the JIT.
    for (let i = 0; i < 5; i++) {
      const warm = h.make.mention(QUESTIONS[i % QUESTIONS.length] ?? '', { channel: '19:warm@thread.tacv2' });
      await ask(warm, `19:warm@thread.tacv2;messageid=${String(warm['id'])}`, 0);
    }
    const one: number[] = [];
    const n = arg('questions', 200);
    for (let i = 0; i < n; i++) {
      const activity = h.make.mention(QUESTIONS[i % QUESTIONS.length] ?? '', { channel: '19:bench@thread.tacv2' });
      one.push(await ask(activity, `19:bench@thread.tacv2;messageid=${String(activity['id'])}`, 0));
    }
    out(`mention → reply posted, one at a time: ${summary(one)}`);

    const concurrent: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 50 }, async (_, c) => {
        const channel = `19:busy-${c}@thread.tacv2`;
        const first = h.make.mention(QUESTIONS[c % QUESTIONS.length] ?? '', { channel });
        const thread = `${channel};messageid=${String(first['id'])}`;
        concurrent.push(await ask(first, thread, 0));
        for (const [i, q] of FOLLOW_UPS.entries()) concurrent.push(await ask(h.make.mention(q, { channel, root: String(first['id']) }), thread, i + 1));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    out(`mention → reply posted, 50 concurrent conversations (question + 2 follow-ups each): ${summary(concurrent)}; ${(concurrent.length / seconds).toFixed(0)} answers/s`);
  } finally {
    await h.close();
  }
}

async function fanOut(): Promise<void> {
  const channels = arg('channels', 200);
  const standIn = await startTeamsStandIn();
  const indexDir = await makeIndexDir();
  const runtime = await startRuntime({
    config: {
      logLevel: 'warn',
      logFile: null,
      update: { baseUrl: DEFAULT_OFSTED_BASE_URL, schedule: null },
      web: { port: null, publicUrl: null },
      indexDir,
      indexPollMs: 100,
      answers: { concurrency: 2, queueLimit: 100 },
      store: { dataDir: '', databaseUrl: null },
      slack: null,
      discord: null,
      teams: { ...teamsConfig(standIn) },
    },
    logger: pino({ level: 'warn' }),
    host: '127.0.0.1',
    teamsLoginTls: { ca: standIn.ca },
    storeLocation: { dataDir: mkdtempSync(path.join(tmpdir(), 'bench-teams-')), databaseUrl: null },
  });
  try {
    const base = `http://127.0.0.1:${runtime.teams?.port()}`;
    const make = activities(standIn.serviceUrl);
    for (let c = 0; c < channels; c++) {
      const status = await post(base, make.mention('follow Birmingham', { channel: `19:fan-${c}@thread.tacv2` }), standIn.token());
      if (status !== 200) throw new Error(`follow in channel ${c}: HTTP ${status}`);
    }
    await standIn.waitFor(() => (standIn.posts('19:fan-').length >= channels ? true : undefined), 60_000);
    const reloaded = new Promise<number>((resolve) => runtime.reloading.onReload(async () => resolve(performance.now())));
    await ingestReport(indexDir, 'birmingham-2023');
    const at = await reloaded;
    const alerts = () => standIn.posts('19:fan-').filter((c) => c.activityId === null);
    await standIn.waitFor(() => (alerts().length >= channels ? true : undefined), 120_000);
    const times = alerts().map((c) => c.at - at).sort((a, b) => a - b);
    out(`alert fan-out to ${channels} following channels: first post ${(times[0] ?? NaN).toFixed(0)} ms, last post ${(times[times.length - 1] ?? NaN).toFixed(0)} ms after the index reload; ${alerts().length} posts, one per channel`);
  } finally {
    await runtime.stop();
    await standIn.close();
  }
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only === null || only === 'latency') await latency();
if (only === null || only === 'fan-out') await fanOut();

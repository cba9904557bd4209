/**
 * SIGTERM in the middle of a burst: the real process (`npm start`) stops
 * taking requests but answers every question it had acknowledged, against
 * stand-ins that take 300 ms per call, and exits within 10 seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../discord/support/discord-stand-in.ts';
import { command, OPTION } from '../discord/support/payloads.ts';
import { SIGNING_SECRET } from '../slack/support/harness.ts';
import { eventBody, JSON_TYPE, sendSigned } from '../slack/support/signed-requests.ts';
import { BOT_USER_ID, startSlackStandIn, type SlackStandIn } from '../slack/support/slack-stand-in.ts';
import { freePort, killAll, npmStart, descendants, waitForOutput } from './support/processes.ts';

const LATENCY_MS = 300;

/** The drain's own account ("finished the work in hand" and its ms), for the run's log: a slow CI run shows where the time went. */
function drainOf(output: string): string {
  const line = output.split('\n').find((l) => l.includes('"msg":"finished the work in hand"') || l.includes('"msg":"shutdown deadline passed'));
  if (line === undefined) return 'no drain line';
  const { ms, unfinished } = JSON.parse(line) as { ms: number; unfinished: number };
  return `drained in ${ms} ms, ${unfinished} unfinished`;
}

/**
 * `npm start` with `env` until the bot runs, then `before` (the burst), then SIGTERM, which must end it with exit code
 * 0 (the output is shown when it does not). The process tree is killed afterwards whatever happened, even when startup
 * failed before the tree was noted. Resolves with the output and the time from the signal to the exit.
 */
async function stopAfter(env: Record<string, string>, before: () => Promise<void>): Promise<{ output: string; ms: number }> {
  const started = npmStart({ LOG_LEVEL: 'info', ...env });
  const tree = (): number[] => [started.child.pid ?? 0, ...descendants(started.child.pid ?? 0)];
  let pids: number[] = [];
  try {
    await waitForOutput(started, /"msg":"bot running"/);
    pids = tree();
    await before();
    const sent = performance.now();
    process.kill(started.child.pid ?? 0, 'SIGTERM');
    expect(await started.exited, started.output().slice(-4000)).toBe(0);
    return { output: started.output(), ms: Math.round(performance.now() - sent) };
  } finally {
    killAll([...pids, ...tree()]);
  }
}

describe('shutdown during a burst', () => {
  let slackStandIn: SlackStandIn;
  let discordStandIn: StandIn;
  beforeAll(async () => {
    slackStandIn = await startSlackStandIn();
    discordStandIn = await startStandIn();
  });
  afterAll(async () => {
    await slackStandIn?.close();
    await discordStandIn?.close();
  });

  it('Slack: every mention acked before SIGTERM is answered', async () => {
    slackStandIn.behave((method) => (method === 'chat.postMessage' ? { delayMs: LATENCY_MS } : undefined));
    const port = await freePort();
    const env = { SLACK_BOT_TOKEN: 'xoxb-shutdown', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slackStandIn.apiUrl, PORT: String(port) };
    const { output, ms } = await stopAfter(env, async () => {
      const burst = Array.from({ length: 40 }, (_, i) => {
        const ts = `1760002000.${String(i).padStart(6, '0')}`;
        return eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: `C${String(i).padStart(7, '0')}` });
      });
      const acks = await Promise.all(burst.map((body) => sendSigned(`http://127.0.0.1:${port}/slack/events`, body, JSON_TYPE, { secret: SIGNING_SECRET })));
      expect(acks.every((a) => a.status === 200)).toBe(true);
    });
    const answered = new Set(slackStandIn.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.body.channel));
    expect(answered.size).toBe(40);
    expect(ms).toBeLessThan(10_000);
    expect(output).toMatch(/"msg":"finished the work in hand"/);
    process.stderr.write(`Slack: 40 acked mentions, SIGTERM: ${answered.size} answered, exit after ${ms} ms (${drainOf(output)})\n`);
  }, 60_000);

  it('Discord: every deferred reply is completed', async () => {
    discordStandIn.behave(() => ({ delayMs: LATENCY_MS }));
    const burst = Array.from({ length: 50 }, () => command('ask', [{ name: 'question', type: OPTION.string, value: 'LADO Bury' }]));
    const { output, ms } = await stopAfter({ DISCORD_TOKEN: 'shutdown-token', DISCORD_API_URL: discordStandIn.apiUrl }, async () => {
      for (const payload of burst) discordStandIn.dispatch('INTERACTION_CREATE', payload);
      // Every one deferred ("thinking…"): each is a promise of an answer.
      await Promise.all(burst.map((p) => discordStandIn.waitForRequest((r) => r.route === `/interactions/${p.id}/${p.token}/callback`)));
    });
    const edited = burst.filter((p) => discordStandIn.requests.some((r) => r.method === 'PATCH' && r.route.includes(`/${p.token}/messages/@original`)));
    expect(edited).toHaveLength(50);
    expect(ms).toBeLessThan(10_000);
    expect(output).toMatch(/"msg":"finished the work in hand"/);
    process.stderr.write(`Discord: 50 deferred replies, SIGTERM: ${edited.length} completed, exit after ${ms} ms (${drainOf(output)})\n`);
  }, 60_000);

  it('Discord: a gateway that never answers the close frame still lets the store close, and the exit is clean', async () => {
    discordStandIn.behave(null);
    // Without a deadline on the adapter's stop, the exit timer fires at 9.5 s with the store still open: exit 1.
    const { output, ms } = await stopAfter({ DISCORD_TOKEN: 'shutdown-token', DISCORD_API_URL: discordStandIn.apiUrl }, async () => discordStandIn.silenceGateway());
    expect(output).toMatch(/"service":"discord".*"msg":"did not stop in time; closing the store anyway"/);
    expect(output).not.toMatch(/shutdown took too long/);
    expect(ms).toBeLessThan(5_000);
  }, 60_000);
});

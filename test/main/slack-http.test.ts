/**
 * The Slack HTTP receiver of the real process (`npm start`) under hostile
 * requests: 100 concurrent unsigned 3.9 MB bodies do not balloon its memory
 * (it grows by less than a quarter of what buffering them would take),
 * a correctly signed `null` does not kill it, and a timestamp from the future
 * is refused like a stale one.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../slack/support/harness.ts';
import { eventBody, FORM, JSON_TYPE, sendSigned } from '../slack/support/signed-requests.ts';
import { BOT_USER_ID, startSlackStandIn, type SlackStandIn } from '../slack/support/slack-stand-in.ts';
import { appPid, descendants, freePort, killAll, npmStart, rssKiB, type Started } from './support/processes.ts';

let standIn: SlackStandIn;
let started: Started;
let url: string;
let base: string;
let pids: number[] = [];

beforeAll(async () => {
  standIn = await startSlackStandIn();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  url = `${base}/slack/events`;
  started = npmStart({
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: String(port),
  });
  // At LOG_LEVEL=warn the ready line is not printed: the health route says when it serves.
  // Opening the embedded store alone takes 10-15 s on a busy 2-core machine.
  for (let i = 0; i < 550; i += 1) {
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  pids = [started.child.pid ?? 0, ...descendants(started.child.pid ?? 0)];
}, 70_000);

afterAll(async () => {
  if (started?.child.pid !== undefined) process.kill(started.child.pid, 'SIGTERM');
  await Promise.race([started?.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  killAll(pids);
  await standIn?.close();
}, 20_000);

/** POST `size` bytes with no signature; resolves with the status (0 when the connection was cut). */
function unsignedPost(target: URL, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'Content-Type': JSON_TYPE, 'Content-Length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

describe('unsigned large bodies', () => {
  // Measured as growth: the process starts with the national index and the embedded store in memory
  // (several hundred MB). Buffering the bodies would add 100 × 3.9 MB = 390 MB.
  it('100 concurrent 3.9 MB POSTs grow the process by less than 100 MB', async () => {
    const pid = appPid(started.child.pid ?? 0);
    expect(pid, 'the node process running adapters/main.ts').toBeDefined();
    const before = rssKiB(pid ?? 0);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(pid ?? 0))), 10);
    const body = Buffer.alloc(3.9 * 1024 * 1024, 'a');
    const statuses = await Promise.all(Array.from({ length: 100 }, () => unsignedPost(new URL(url), body)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    clearInterval(sampler);
    peak = Math.max(peak, rssKiB(pid ?? 0));
    process.stderr.write(`RSS: ${Math.round(before / 1024)} MB before, ${Math.round(peak / 1024)} MB peak during 100 unsigned 3.9 MB POSTs\n`);
    expect(statuses.every((s) => s === 401 || s === 413 || s === 0)).toBe(true);
    expect(peak - before).toBeLessThan(100 * 1024);
    // Still serving.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 60_000);
});

describe('malformed but signed bodies', () => {
  it('refuses `null` and `payload=null` with 400 and keeps serving', async () => {
    expect((await sendSigned(url, 'null', JSON_TYPE, { secret: SIGNING_SECRET })).status).toBe(400);
    expect((await sendSigned(url, 'payload=null', FORM, { secret: SIGNING_SECRET })).status).toBe(400);
    expect((await sendSigned(url, '[]', JSON_TYPE, { secret: SIGNING_SECRET })).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started.child.exitCode).toBeNull();
    const ts = '1760003000.000001';
    const mention = eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: 'C0000NUL' });
    expect((await sendSigned(url, mention, JSON_TYPE, { secret: SIGNING_SECRET })).status).toBe(200);
    await standIn.waitFor(() => standIn.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0000NUL'));
  });
});

describe('timestamps', () => {
  it('refuses a correctly signed request from 10 minutes in the future with 401', async () => {
    const ts = '1760003100.000001';
    const mention = eventBody({ type: 'app_mention', user: 'U0000001', text: `<@${BOT_USER_ID}> LADO Bury`, ts, event_ts: ts, channel: 'C0FUTURE' });
    const sent = await sendSigned(url, mention, JSON_TYPE, { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) + 600 });
    expect(sent.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.calls.some((c) => c.body.channel === 'C0FUTURE')).toBe(false);
  });
});

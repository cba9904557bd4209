/**
 * Follows and alerts on Teams end to end: the bot as `npm start` assembles
 * it (store in a data directory, reloading index, Teams bot, outbox), against
 * the stand-in. A channel follows; a new report is ingested; exactly one
 * proactive alert is posted to the channel, and none after a restart. A
 * channel the bot can no longer post in, or a team it was removed from,
 * pauses its follows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OFSTED_BASE_URL } from '../../adapters/config.ts';
import { startRuntime, type Runtime } from '../../adapters/runtime.ts';
import type { StoreLocation } from '../../adapters/store/open-store.ts';
import { ingestReport, makeIndexDir } from '../alerts/support/index-dir.ts';
import { activities, cardText, post, TEAM_ID, teamsConfig } from './support/harness.ts';
import { startTeamsStandIn, type TeamsStandIn } from './support/teams-stand-in.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Teams follows and alerts', () => {
  let standIn: TeamsStandIn;
  let indexDir: string;
  let location: StoreLocation;
  let runtime: Runtime;
  let base: string;
  const make = () => activities(standIn.serviceUrl);
  const alerts = (channel: string) => standIn.posts(channel).filter((c) => c.conversationId === channel && c.activityId === null);

  const start = async (): Promise<Runtime> => {
    const started = await startRuntime({
      config: {
        logLevel: 'silent',
        logFile: null,
        update: { baseUrl: DEFAULT_OFSTED_BASE_URL, schedule: null },
        web: { port: null, publicUrl: null },
        indexDir,
        indexPollMs: 200,
        answers: { concurrency: 2, queueLimit: 100 },
        store: { dataDir: '', databaseUrl: null },
        slack: null,
        discord: null,
        teams: teamsConfig(standIn),
      },
      logger: pino({ level: process.env['TEAMS_TEST_LOG'] ?? 'silent' }),
      host: '127.0.0.1',
      teamsLoginTls: { ca: standIn.ca },
      storeLocation: location,
      worker: { pollMs: 50 },
    });
    base = `http://127.0.0.1:${started.teams?.port()}`;
    return started;
  };
  const say = async (text: string, channel: string): Promise<string> => {
    const before = standIn.posts(channel).length;
    expect(await post(base, make().mention(text, { channel }), standIn.token())).toBe(200);
    return cardText((await standIn.waitFor(() => standIn.posts(channel)[before])).body);
  };

  beforeAll(async () => {
    standIn = await startTeamsStandIn();
    indexDir = await makeIndexDir();
    location = { dataDir: mkdtempSync(path.join(tmpdir(), 'ofsted-teams-')), databaseUrl: null };
    runtime = await start();
  });
  afterAll(async () => {
    await runtime?.stop();
    await standIn?.close();
  });

  it('follow, then a new report: exactly one cited alert, a new post in the channel; none after a restart', async () => {
    const channel = '19:oldham-watch@thread.tacv2';
    expect(await say('follow Birmingham care leavers', channel)).toContain('This channel now follows Birmingham');
    await say('follow North West', '19:north-west@thread.tacv2');
    await ingestReport(indexDir, 'birmingham-2023');
    const alert = await standIn.waitFor(() => alerts(channel)[0], 10_000);
    const text = cardText(alert.body);
    expect(text).toContain('New Ofsted report: Birmingham, ILACS inspection');
    expect(text).toContain('changes since Birmingham 2018 ILACS');
    expect(text).toMatch(/Overall effectiveness: \*\*Good ▲ from Requires improvement to be good\*\*/);
    expect(text).toMatch(/Birmingham 2023 ILACS, Improve ¶1/);
    expect(text).toContain('On “care leavers”');
    expect(JSON.stringify(alert.body)).toContain('"url":"https://files.ofsted.gov.uk/v1/file/birmingham-2023.pdf"');
    expect(text).toContain('Open the report');
    expect(alert.authorization).toMatch(/^Bearer stand-in-access-/);
    // A question about the new report: its paragraphs link to it.
    expect(await say('care leavers in Birmingham 2023', channel)).toContain('Open the report');
    await sleep(1200);
    expect(alerts(channel)).toHaveLength(1);
    expect(alerts('19:north-west@thread.tacv2')).toHaveLength(0);

    await runtime.stop();
    runtime = await start();
    await runtime.alerts.plan();
    await sleep(800);
    expect(alerts(channel)).toHaveLength(1);
  });

  it('a channel the bot can no longer post in (403) pauses its follows, and says so', async () => {
    const channel = '19:gone@thread.tacv2';
    await say('follow Wiltshire', channel);
    standIn.behave((call) => (call.conversationId === channel && call.activityId === null ? { status: 403, errorCode: 'BotNotInConversationRoster' } : undefined));
    await ingestReport(indexDir, 'wiltshire-2023');
    await expect
      .poll(async () => (await runtime.store.follows.list('teams', channel))[0]?.enabled, { timeout: 10_000, interval: 100 })
      .toBe(false);
    expect((await runtime.store.follows.list('teams', channel))[0]?.disabledReason).toContain('BotNotInConversationRoster');
    standIn.behave(null);
    expect(await say('following', channel)).toContain('paused: the bot cannot post in this channel');
  });

  it('the bot removed from a team pauses the follows of its channels', async () => {
    const channel = '19:leeds-watch@thread.tacv2';
    await say('follow Leeds', channel);
    const removed = make().update({ eventType: 'teamMemberRemoved', team: { id: TEAM_ID } }, { membersRemoved: [{ id: `28:${teamsConfig(standIn).appId}` }] });
    expect(await post(base, removed, standIn.token())).toBe(200);
    await expect.poll(async () => (await runtime.store.follows.list('teams', channel))[0]?.disabledReason, { timeout: 5000, interval: 50 }).toBe('the bot was removed from the team');
  });
});

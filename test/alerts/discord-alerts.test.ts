/**
 * Follows, alerts, settings and feedback end to end on Discord: the real
 * discord.js client as `npm start` assembles it, against the local Discord
 * stand-in, with a real store, embedded and PostgreSQL.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../adapters/runtime.ts';
import { DEFAULT_OFSTED_BASE_URL } from '../../adapters/config.ts';
import { limitViolations } from '../discord/support/check.ts';
import { APPLICATION_ID, CHANNEL_ID, startStandIn, type RecordedRequest, type StandIn } from '../discord/support/discord-stand-in.ts';
import { botMessage, button, command, OPTION } from '../discord/support/payloads.ts';
import { describeEachEngine, startStoreSite, type StoreSite } from '../store/support/engines.ts';
import { ingestReport, makeIndexDir } from './support/index-dir.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('Discord alerts on the %s store', (engine) => {
  let site: StoreSite;
  let stand: StandIn;
  let indexDir: string;
  let runtime: Runtime;

  const start = async (): Promise<Runtime> =>
    startRuntime({
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
        discord: { token: 'alerts-token', applicationId: APPLICATION_ID, guildId: null, apiUrl: stand.apiUrl },
        teams: null,
      },
      logger: pino({ level: 'silent' }),
      storeLocation: site.location,
      worker: { pollMs: 50 },
    });

  /** Dispatch an interaction and resolve with its callback. */
  const interact = async (payload: Record<string, any>): Promise<RecordedRequest> => {
    const waiting = stand.waitForRequest((r) => r.route === `/interactions/${payload.id}/${payload.token}/callback`);
    stand.dispatch('INTERACTION_CREATE', payload);
    return waiting;
  };
  const alerts = () => stand.requests.filter((r) => r.method === 'POST' && r.route === `/channels/${CHANNEL_ID}/messages`);

  beforeAll(async () => {
    site = await startStoreSite(engine);
    stand = await startStandIn();
    indexDir = await makeIndexDir();
    runtime = await start();
  });
  afterAll(async () => {
    await runtime?.stop();
    await stand?.close();
    await site?.stop();
  });

  it('/follow, then a new report ingested, gives exactly one alert; a restart re-sends nothing', async () => {
    const followed = await interact(command('follow', [
      { name: 'target', type: OPTION.string, value: 'Birmingham' },
      { name: 'topics', type: OPTION.string, value: 'care leavers' },
    ]));
    expect(followed.body.data.content).toContain('This channel now follows Birmingham');
    expect(followed.body.data.flags ?? 0).toBe(0);
    await ingestReport(indexDir, 'birmingham-2023');
    const alert = await stand.waitForRequest((r) => r.method === 'POST' && r.route === `/channels/${CHANNEL_ID}/messages`, 10_000);
    expect(limitViolations(alert.body)).toEqual([]);
    expect(alert.body.embeds[0].title).toBe('New Ofsted report: Birmingham, ILACS inspection');
    expect(alert.body.embeds[0].url).toBe('https://files.ofsted.gov.uk/v1/file/birmingham-2023.pdf');
    expect(JSON.stringify(alert.body.embeds[0].fields)).toContain('Good ▲ from Requires improvement to be good');
    expect(alert.body.embeds.slice(1).map((e: { title: string }) => e.title)).toContain('Birmingham 2023 ILACS, ¶44');
    expect(alert.body.allowed_mentions).toEqual({ parse: [] });
    await sleep(1000);
    expect(alerts()).toHaveLength(1);

    await runtime.stop();
    runtime = await start();
    await runtime.alerts.plan();
    await sleep(800);
    expect(alerts()).toHaveLength(1);
  });

  it('/following lists the follows for anyone; autocomplete offers targets', async () => {
    const listed = await interact(command('following'));
    expect(listed.body.data.content).toContain('Birmingham, quoting paragraphs on "care leavers"');
    const payload = command('follow', [{ name: 'target', type: OPTION.string, value: 'neighbours of bur', focused: true }]);
    payload['type'] = 4;
    const choices = await interact(payload);
    expect(choices.body.data.choices.map((c: { name: string }) => c.name)).toContain('neighbours of Bury');
  });

  it('/settings changes what an unqualified question means, and the answer says so; 👎 with a reason is stored', async () => {
    const set = await interact(command('settings', [{ name: 'authority', type: OPTION.string, value: 'Bury' }]));
    expect(set.body.data.content).toContain("This channel's authority is now Bury");
    const ask = command('ask', [{ name: 'question', type: OPTION.string, value: 'what about the LADO?' }]);
    await interact(ask);
    const edit = await stand.waitForRequest((r) => r.method === 'PATCH' && r.route.includes(ask.token));
    expect(edit.body.content).toContain("Answered for Bury, this channel's authority");
    expect(edit.body.embeds[0].title).toMatch(/^Bury 2021 ILACS/);
    const down = edit.body.components[0].components.find((c: { custom_id: string }) => c.custom_id.startsWith('fb:down:'));
    const reasons = await interact(button(down.custom_id, botMessage({ components: edit.body.components })));
    expect(reasons.body.data.content).toContain('What was wrong');
    const outOfDate = reasons.body.data.components[0].components.find((c: { custom_id: string }) => c.custom_id.endsWith(':out-of-date'));
    const done = await interact(button(outOfDate.custom_id, botMessage({ flags: 64 })));
    expect(done.body.data.content).toContain('noted');
    const worst = await runtime.store.feedback.worst(5);
    expect(worst[0]).toMatchObject({ question: 'what about the LADO?', down: 1, reasons: { 'out-of-date': 1 } });
    expect(worst[0]?.paragraphRefs[0]).toMatch(/^bury-2021 /);
  });
});

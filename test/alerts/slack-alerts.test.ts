/**
 * Follows, alerts, settings and feedback end to end on Slack: the real Bolt
 * app as `npm start` assembles it, against the Web API stand-in, with a real
 * store, embedded (PGlite in a data directory) and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FEEDBACK_DOWN_ACTION, FEEDBACK_REASON_ACTION } from '../../adapters/slack/action-ids.ts';
import { startSlackStandIn, type SlackStandIn } from '../slack/support/slack-stand-in.ts';
import { blockText, buttons } from '../slack/support/harness.ts';
import { describeEachEngine, startStoreSite, type StoreSite } from '../store/support/engines.ts';
import { ingestReport, makeIndexDir } from './support/index-dir.ts';
import { startSlackBot, type SlackBot } from './support/slack-runtime.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine('Slack alerts on the %s store', (engine) => {
  let site: StoreSite;
  let standIn: SlackStandIn;
  let indexDir: string;
  let bot: SlackBot;
  const posts = (channel: string) => standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

  beforeAll(async () => {
    site = await startStoreSite(engine);
    standIn = await startSlackStandIn();
    indexDir = await makeIndexDir();
    bot = await startSlackBot(standIn, site.location, indexDir);
  });
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
    await site?.stop();
  });

  it('follow, then a new report ingested, gives exactly one cited alert; a restart re-sends nothing', async () => {
    expect(await bot.command('/ofsted-follow', 'Birmingham care leavers', 'C100', 'f1')).toBe(200);
    const confirmation = await standIn.waitForResponse('f1');
    expect(confirmation.body.response_type).toBe('in_channel');
    expect(String(confirmation.body.text)).toContain('This channel now follows Birmingham');
    await bot.command('/ofsted-follow', 'North West', 'C101', 'f2');
    await bot.command('/ofsted-follow', 'neighbours of Manchester', 'C102', 'f3');
    await standIn.waitForResponse('f3');
    await bot.command('/ofsted-following', '', 'C100', 'f4');
    expect(String((await standIn.waitForResponse('f4')).body.text)).toContain('Birmingham, quoting paragraphs on "care leavers"');

    await ingestReport(indexDir, 'birmingham-2023');
    const alert = await standIn.waitFor(() => posts('C100')[0], 10_000);
    const text = blockText(alert.body.blocks);
    expect(text).toContain('New Ofsted report: Birmingham, ILACS inspection');
    expect(text).toContain('changes since Birmingham 2018 ILACS');
    expect(text).toMatch(/Overall effectiveness: \*Good ▲ from Requires improvement to be good\*/);
    expect(text).toContain('What needs to improve?');
    expect(text).toMatch(/Birmingham 2023 ILACS, Improve ¶1/);
    expect(text).toContain('On “care leavers”');
    expect(text).toMatch(/\*care[- ]experienced\*/i);
    expect(text).toContain('<https://files.ofsted.gov.uk/v1/file/birmingham-2023.pdf|Read the report');
    // Manchester's statistical neighbours include Birmingham; the North West does not.
    const neighbour = await standIn.waitFor(() => posts('C102')[0], 10_000);
    expect(blockText(neighbour.body.blocks)).not.toContain('On “');
    await sleep(1500);
    expect(posts('C100')).toHaveLength(1);
    expect(posts('C101')).toHaveLength(0);

    await bot.stop();
    bot = await startSlackBot(standIn, site.location, indexDir);
    await bot.runtime.alerts.plan();
    await sleep(1000);
    expect(posts('C100')).toHaveLength(1);
    expect(posts('C102')).toHaveLength(1);
  });

  it('a 429 with Retry-After, then success, gives one post, after the wait', async () => {
    await bot.command('/ofsted-follow', 'Leeds', 'C200', 'r1');
    await standIn.waitForResponse('r1');
    standIn.rateLimitNext('chat.postMessage', 1);
    await ingestReport(indexDir, 'leeds-2025');
    const sent = await standIn.waitFor(() => (posts('C200').length === 2 ? posts('C200') : undefined), 15_000);
    const [limited, ok] = sent;
    expect((ok?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    await sleep(1200);
    expect(posts('C200')).toHaveLength(2);
    expect(await bot.runtime.store.outbox.counts()).toMatchObject({ pending: 0, sending: 0, failed: 0 });
  });

  it('not_in_channel disables the follow, and says why', async () => {
    await bot.command('/ofsted-follow', 'Wiltshire', 'C300', 'n1');
    await standIn.waitForResponse('n1');
    standIn.failChannel('C300', 'not_in_channel');
    await ingestReport(indexDir, 'wiltshire-2023');
    let disabled = false;
    for (let i = 0; i < 100 && !disabled; i++) {
      disabled = (await bot.runtime.store.follows.list('slack', 'C300'))[0]?.enabled === false;
      if (!disabled) await sleep(100);
    }
    expect(await bot.runtime.store.follows.list('slack', 'C300')).toMatchObject([{ enabled: false, disabledReason: 'not_in_channel' }]);
    expect(bot.logs.some((l) => l['msg'] === 'alert cannot be delivered to this channel: follows disabled' && l['error'] === 'not_in_channel')).toBe(true);
    await bot.command('/ofsted-following', '', 'C300', 'n2');
    expect(String((await standIn.waitForResponse('n2')).body.text)).toContain('paused: not_in_channel');
    standIn.failChannel('C300', null);
  });

  it('the channel authority changes what an unqualified question means, and the answer says so', async () => {
    await bot.command('/ofsted-settings', 'authority Bury', 'C400', 's1');
    expect(String((await standIn.waitForResponse('s1')).body.text)).toContain("This channel's authority is now Bury");
    await bot.event({ type: 'app_mention', user: 'U1', text: '<@UBOT0001> what about the LADO?', channel: 'C400', ts: '1760000400.000001' }, 'EvS1');
    const answer = await standIn.waitFor(() => posts('C400')[0]);
    const text = blockText(answer.body.blocks);
    expect(text).toContain("Answered for Bury, this channel's authority");
    expect(text).toMatch(/Bury 20\d\d ILACS, ¶\d+/);
    // Another channel, no setting: the same question looks everywhere.
    await bot.event({ type: 'app_mention', user: 'U1', text: '<@UBOT0001> what about the LADO?', channel: 'C401', ts: '1760000401.000001' }, 'EvS2');
    expect(blockText((await standIn.waitFor(() => posts('C401')[0])).body.blocks)).not.toContain("this channel's authority");
  });

  it('stores feedback: the question, cited paragraphs, 👎 and a reason, no user', async () => {
    await bot.event({ type: 'app_mention', user: 'U1', text: '<@UBOT0001> LADO Bury', channel: 'C500', ts: '1760000500.000001' }, 'EvF1');
    const answer = await standIn.waitFor(() => posts('C500')[0]);
    const value = buttons(answer.body.blocks).get(FEEDBACK_DOWN_ACTION) ?? '';
    await bot.click({ actionId: FEEDBACK_DOWN_ACTION, value, responseUrl: standIn.responseUrl('fb1'), channelId: 'C500', message: { ts: '1760000500.000002', ...answer.body } });
    const reasons = await standIn.waitForResponse('fb1');
    const reasonValue = buttons(reasons.body.blocks).get(FEEDBACK_REASON_ACTION) ?? '';
    expect(reasonValue).toMatch(/"reason":/);
    const other = JSON.stringify({ ...JSON.parse(reasonValue), reason: 'citation-wrong' });
    await bot.click({ actionId: FEEDBACK_REASON_ACTION, value: other, responseUrl: standIn.responseUrl('fb2'), channelId: 'C500', isEphemeral: true });
    await standIn.waitForResponse('fb2');
    const worst = await bot.runtime.store.feedback.worst(5);
    expect(worst[0]).toMatchObject({ question: 'LADO Bury', down: 1, reasons: { 'citation-wrong': 1 } });
    expect(worst[0]?.paragraphRefs[0]).toMatch(/^bury-20\d\d /);
    const rows = await bot.runtime.store.sql.query('select * from feedback');
    expect(JSON.stringify(rows)).not.toMatch(/U1|alex/);
  });

  it('keeps a thread\'s conversation in the store: a follow-up continues it, on another replica too', async () => {
    const ts = '1760000700.000001';
    await bot.event({ type: 'app_mention', user: 'U7', text: '<@UBOT0001> what did inspectors say about the LADO in Bury?', channel: 'C700', ts }, 'EvC1');
    await standIn.waitFor(() => posts('C700')[0]);
    // Kept once the answer is posted.
    const kept = async () =>
      (await bot.runtime.store.sql.query<{ key: string; context: { authorities: string[] } }>('select key, context from conversation_contexts')).find((r) =>
        r.key.includes(':C700:'),
      )?.context.authorities;
    await expect.poll(kept, { timeout: 5000, interval: 50 }).toEqual(['Bury']);
    // PGlite is one process: the embedded store's second "replica" is the same bot after a restart of nothing but its memory.
    const second = engine === 'postgres' ? await startSlackBot(standIn, site.location, indexDir) : bot;
    try {
      const followUp = { type: 'app_mention', user: 'U7', text: '<@UBOT0001> and in Leeds?', channel: 'C700', ts: '1760000700.000002', thread_ts: ts };
      await second.event(followUp, 'EvC2');
      const answer = await standIn.waitFor(() => posts('C700')[1]);
      const text = blockText(answer.body.blocks);
      expect(text).toContain('Leeds, LADO, following your last question');
      expect(text).toMatch(/Leeds 2022 ILACS, ¶\d+/);
    } finally {
      if (second !== bot) await second.stop();
    }
  });

  // Two processes on one database: PostgreSQL only (the embedded store is one process at a time).
  if (engine === 'postgres') {
    it('two app processes on one database, given the same event, answer it once', async () => {
      const second = await startSlackBot(standIn, site.location, indexDir);
      try {
        const event = { type: 'app_mention', user: 'U1', text: '<@UBOT0001> LADO Bury', channel: 'C600', ts: '1760000600.000001' };
        await Promise.all([bot.event(event, 'EvD1'), second.event(event, 'EvD1'), bot.event(event, 'EvD1'), second.event(event, 'EvD1')]);
        await standIn.waitFor(() => posts('C600')[0]);
        await sleep(800);
        expect(posts('C600')).toHaveLength(1);
      } finally {
        await second.stop();
      }
    });
  }
});

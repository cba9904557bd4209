/**
 * The Teams bot end to end: botbuilder's CloudAdapter behind the bot's own
 * endpoint on 127.0.0.1, the real corpus, against the stand-in Bot Connector,
 * token endpoint and signing keys. One bot and one stand-in for the file.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../adapters/config.ts';
import { createTeamsApp } from '../../adapters/teams/app.ts';
import { TEAMS_COMMANDS } from '../../adapters/teams/command-list.ts';
import { cardButtons, cardText, post, realCorpus, startHarness, teamsConfig, SAM, type Harness } from './support/harness.ts';
import { APP_ID, TENANT_ID } from './support/teams-stand-in.ts';
import { pino } from 'pino';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.standIn.reset());

const CHANNEL = '19:channel-a@thread.tacv2';
const replies = (conversationPrefix = '') => h.standIn.posts(conversationPrefix);

describe('questions', () => {
  it('answers a mention in the post\'s thread with a cited card: quotes, citations, More results, 👍 / 👎', async () => {
    const ask = h.make.mention('what did inspectors say about the LADO in Bury?', { channel: CHANNEL });
    expect(await h.send(ask)).toBe(200);
    const reply = await h.standIn.waitFor(() => replies(CHANNEL)[0]);
    // A reply to the post, in its thread.
    expect(reply.conversationId).toBe(`${CHANNEL};messageid=${String(ask['id'])}`);
    expect(reply.activityId).toBe(ask['id']);
    expect(reply.authorization).toMatch(/^Bearer stand-in-access-/);
    const text = cardText(reply.body);
    expect(text).toContain('“what did inspectors say about the LADO in Bury?”');
    expect(text).toMatch(/\*\*Bury 20\d\d ILACS, ¶\d+\*\*/);
    expect(text).toMatch(/\*\*LADO\*\*/);
    const buttons = cardButtons(reply.body);
    expect([...buttons.keys()]).toEqual(expect.arrayContaining(['More results', '👍', '👎']));
    expect((reply.body['attachments'] as { contentType: string }[])[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // Nothing the bot posts mentions anyone.
    expect(reply.body['entities'] ?? []).toEqual([]);
  });

  it('answers any message in a 1:1 chat, and a follow-up there continues the conversation', async () => {
    expect(await h.send(h.make.personal('are IRO caseloads ok in bury 2016'))).toBe(200);
    const first = await h.standIn.waitFor(() => replies('a:personal-aad-alex')[0]);
    expect(cardText(first.body)).toMatch(/Bury 2016 SIF, ¶\d+/);
    expect(await h.send(h.make.personal('and in Southend?'))).toBe(200);
    const second = await h.standIn.waitFor(() => replies('a:personal-aad-alex')[1]);
    const text = cardText(second.body);
    expect(text).toContain('following your last question');
    expect(text).toMatch(/Southend-on-Sea 20\d\d/);
  });

  it('a follow-up mention in the same reply thread continues that thread\'s conversation, and only its asker\'s', async () => {
    const ask = h.make.mention('what did inspectors say about the LADO in Bury?', { channel: CHANNEL });
    await h.send(ask);
    await h.standIn.waitFor(() => replies(CHANNEL)[0]);
    await h.send(h.make.mention('and in Leeds?', { channel: CHANNEL, root: String(ask['id']) }));
    const followUp = await h.standIn.waitFor(() => replies(CHANNEL)[1]);
    expect(followUp.conversationId).toBe(`${CHANNEL};messageid=${String(ask['id'])}`);
    expect(cardText(followUp.body)).toContain('Leeds, LADO, following your last question');
    // Someone else in the thread starts afresh.
    await h.send(h.make.mention('and in Leeds?', { channel: CHANNEL, root: String(ask['id']), from: SAM }));
    const other = await h.standIn.waitFor(() => replies(CHANNEL)[2]);
    expect(cardText(other.body)).not.toContain('following your last question');
  });

  it('"More results", 👎 with a reason, and a button from an unknown answer', async () => {
    const ask = h.make.mention('LADO Bury', { channel: CHANNEL });
    await h.send(ask);
    const card = await h.standIn.waitFor(() => replies(CHANNEL)[0]);
    const more = cardButtons(card.body).get('More results');
    await h.send(h.make.submit(ask, more));
    const page = await h.standIn.waitFor(() => replies(CHANNEL)[1]);
    expect(cardText(page.body)).toMatch(/More on \*\*“LADO Bury”\*\*: 4–6 of \d+/);
    await h.send(h.make.submit(ask, cardButtons(card.body).get('👎')));
    const reasons = await h.standIn.waitFor(() => replies(CHANNEL)[2]);
    const wrong = cardButtons(reasons.body).get('Citation wrong');
    await h.send(h.make.submit(ask, wrong));
    await h.standIn.waitFor(() => replies(CHANNEL)[3]);
    const worst = await h.store.feedback.worst(5);
    expect(worst.find((w) => w.question === 'LADO Bury')).toMatchObject({ down: 1, reasons: { 'citation-wrong': 1 } });
    expect(JSON.stringify(await h.store.sql.query('select * from feedback'))).not.toMatch(/alex|Alex/);
    await h.send(h.make.submit(ask, { ofsted: 'more', key: 'gone', offset: 3 }));
    expect(cardText((await h.standIn.waitFor(() => replies(CHANNEL)[4])).body)).toContain('too old');
  });

  it('never echoes a mention, markup or a broadcast a user typed', async () => {
    await h.send(h.make.personal('<at>General</at> @channel **bold** [x](https://evil.example) <script> LADO Bury'));
    const reply = await h.standIn.waitFor(() => replies('a:personal-aad-alex')[0]);
    const raw = JSON.stringify(reply.body);
    expect(raw).not.toContain('<at>');
    expect(raw).not.toContain('<script>');
    expect(raw).not.toContain('[x](');
    expect(raw).not.toMatch(/@channel/);
    expect(reply.body['entities'] ?? []).toEqual([]);
  });
});

describe('commands', () => {
  const ask = async (text: string, channel = '19:commands@thread.tacv2') => {
    const before = replies(channel).length;
    expect(await h.send(h.make.mention(text, { channel }))).toBe(200);
    return h.standIn.waitFor(() => replies(channel)[before]);
  };

  it('judgement, compare, improve and help, each as the first word', async () => {
    expect(cardText((await ask('judgement Bury care leavers')).body)).toMatch(/Ofsted judgements for Bury \(care leavers\)[\s\S]*Bury 20\d\d ILACS/);
    expect(cardText((await ask('judgement North West')).body)).toMatch(/Show all \d+/);
    expect(cardText((await ask('compare Leeds Bury care leavers')).body)).toMatch(/Leeds[\s\S]*Bury/);
    expect(cardText((await ask('improve Southend')).body)).toMatch(/Southend-on-Sea 20\d\d ILACS, Improve ¶1/);
    const help = cardText((await ask('help')).body);
    for (const command of TEAMS_COMMANDS) expect(help).toContain(command.name);
    expect(cardText((await ask('judgement Nowhereshire')).body)).toMatch(/Nowhereshire|not/i);
  });

  it('"Show all" pages a long list', async () => {
    const list = await ask('judgement North West');
    const showAll = [...cardButtons(list.body).entries()].find(([title]) => title.startsWith('Show all'));
    expect(showAll).toBeDefined();
    const total = Number(/Show all (\d+)/.exec(showAll?.[0] ?? '')?.[1]);
    await h.send(h.make.submit(h.make.mention('x', { channel: '19:commands@thread.tacv2' }), showAll?.[1]));
    const whole = await h.standIn.waitFor(() => replies('19:commands@thread.tacv2').find((c) => c !== list && /Showing/.test(cardText(c.body)) === false && c.at > list.at));
    expect(cardText(whole.body).match(/ · _/g)?.length).toBe(total);
  });

  it('follow, following, settings and unfollow in a channel; follows belong to channels', async () => {
    const channel = '19:follows@thread.tacv2';
    expect(cardText((await ask('follow Oldham care leavers', channel)).body)).toContain('This channel now follows Oldham');
    expect(await h.store.teamsConversations.get(channel)).toMatchObject({ serviceUrl: h.standIn.serviceUrl, conversation: { id: channel, tenantId: TENANT_ID } });
    expect(cardText((await ask('following', channel)).body)).toContain('Oldham, quoting paragraphs on "care leavers"');
    expect(cardText((await ask('settings authority Bury', channel)).body)).toContain("This channel's authority is now Bury");
    expect(cardText((await ask('what about the LADO?', channel)).body)).toContain("Answered for Bury, this channel's authority");
    expect(cardText((await ask('unfollow Oldham', channel)).body)).toContain('no longer follows Oldham');
    await h.send(h.make.personal('follow Oldham'));
    expect(cardText((await h.standIn.waitFor(() => replies('a:personal-aad-alex')[0])).body)).toContain('belong to a team channel');
  });
});

describe('the endpoint', () => {
  it('refuses an activity without a valid Bot Framework token with 401, and runs nothing', async () => {
    const activity = h.make.personal('LADO Bury');
    expect(await post(h.base, activity, '')).toBe(401);
    expect(await post(h.base, activity, h.standIn.token({ foreignKey: true }))).toBe(401);
    expect(await post(h.base, activity, h.standIn.token({ audience: '00000000-0000-0000-0000-000000000000' }))).toBe(401);
    expect(await post(h.base, activity, h.standIn.token({ serviceUrl: 'http://127.0.0.1:9/' }))).toBe(401);
    expect(await post(h.base, activity, h.standIn.token({ issuer: 'https://someone-else.example' }))).toBe(401);
    expect(await post(h.base, activity, h.standIn.token({ expiresInSeconds: -3600 }))).toBe(401);
    expect(await post(h.base, activity, 'not-a-jwt')).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.standIn.calls).toHaveLength(0);
    const refusals = h.logs.filter((l) => l['msg'] === 'refused an activity without a valid Bot Framework token');
    expect(refusals.length).toBeGreaterThanOrEqual(7);
    expect(JSON.stringify(h.logs)).not.toContain('eyJ');
  });

  it('answers bad requests with 400 or 413, GET /health with 200', async () => {
    const bad = await fetch(`${h.base}/api/messages`, { method: 'POST', body: '{nope', headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).toBe(400);
    const big = await fetch(`${h.base}/api/messages`, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }) });
    expect(big.status).toBe(413);
    const health = await fetch(`${h.base}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('a connector 429 with Retry-After, then success, gives one reply, after the wait', async () => {
    let first = true;
    h.standIn.behave(() => {
      if (!first) return undefined;
      first = false;
      return { status: 429, retryAfterSeconds: 1 };
    });
    await h.send(h.make.personal('LADO Bury', { from: { id: '29:r', aadObjectId: 'aad-r', name: 'R' } }));
    const [limited, ok] = await h.standIn.waitFor(() => (h.standIn.calls.length >= 2 ? h.standIn.calls : undefined), 8000);
    expect((ok?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(replies('a:personal-aad-r').filter((c) => c !== limited)).toHaveLength(1);
  });

  it('a slow reply, and the activity delivered again meanwhile, gives one reply, not two', async () => {
    h.standIn.behave(() => ({ delayMs: 1500 }));
    const activity = h.make.personal('LADO Bury', { from: { id: '29:s', aadObjectId: 'aad-s', name: 'S' } });
    const started = performance.now();
    expect(await h.send(activity)).toBe(200);
    // Acknowledged at once, before the slow reply has gone.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await h.send(activity)).toBe(200);
    await h.standIn.waitFor(() => replies('a:personal-aad-s')[0]);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(replies('a:personal-aad-s')).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('a credential Entra ID refuses stops start-up with a message naming the variable', async () => {
    const corpus = await realCorpus();
    const logger = pino({ level: 'silent' });
    const start = (config: ReturnType<typeof teamsConfig>) =>
      createTeamsApp({ config, corpus, logger, store: h.store, host: '127.0.0.1', loginTls: { ca: h.standIn.ca } }).start();
    const refusal = start(teamsConfig(h.standIn, { credential: { kind: 'secret', password: 'wrong' } }));
    await expect(refusal).rejects.toThrow(ConfigError);
    await expect(refusal).rejects.toThrow(/^TEAMS_APP_PASSWORD was rejected by Microsoft Entra ID \(AADSTS7000215\)/);
    await expect(start(teamsConfig(h.standIn, { appId: '00000000-1111-2222-3333-444444444444' }))).rejects.toThrow(/^TEAMS_APP_ID was rejected/);
    await expect(start(teamsConfig(h.standIn, { tenantId: '00000000-0000-0000-0000-000000000001' }))).rejects.toThrow(/^TEAMS_TENANT_ID was rejected/);
    // The bot asked for a Bot Framework token as its own app, every time.
    expect(h.standIn.tokenRequests.map((r) => r.scope)).toEqual(h.standIn.tokenRequests.map(() => 'https://api.botframework.com/.default'));
    expect(h.standIn.tokenRequests.some((r) => r.clientId === APP_ID && r.tenant === TENANT_ID)).toBe(true);
  });
});

/**
 * The real discord.js client against the local stand-in: connection, intents,
 * no traffic anywhere else, and a clean stop.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../adapters/discord/bot.ts';
import { captureLogger } from './support/check.ts';
import { APPLICATION_ID, startStandIn, type StandIn } from './support/discord-stand-in.ts';
import { startHarness, TOKEN, type Harness } from './support/harness.ts';

describe('Discord bot connection', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('fetches the gateway from the stand-in with the bot token and identifies without privileged intents', () => {
    const gateway = h.stand.requests.find((r) => r.route === '/gateway/bot');
    expect(gateway?.authorization).toBe(`Bot ${TOKEN}`);
    const identify = h.stand.gatewayReceived.find((p) => p.op === 2);
    expect(identify.d.token).toBe(TOKEN);
    const intents = identify.d.intents as number;
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents & GatewayIntentBits.GuildMembers).toBe(0);
    expect(intents & GatewayIntentBits.GuildPresences).toBe(0);
    expect(intents & GatewayIntentBits.GuildMessages).toBe(GatewayIntentBits.GuildMessages);
    expect(intents & GatewayIntentBits.DirectMessages).toBe(GatewayIntentBits.DirectMessages);
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.bot.client.user?.id).toBeDefined();
    expect(h.bot.client.application?.id).toBe(APPLICATION_ID);
  });

  it('sets allowedMentions so nothing pings', () => {
    expect(h.bot.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('Discord bot stop', () => {
  let stand: StandIn;
  beforeAll(async () => {
    stand = await startStandIn();
  });
  afterAll(async () => {
    await stand?.close();
  });

  it('closes the gateway connection cleanly and can be called twice', async () => {
    const { logger } = captureLogger();
    const corpus = {
      ask: () => ({ question: '', understood: { authorities: [], year: null, areas: [], terms: [] }, results: [], total: 0 }),
      converse: () => ({
        answer: { question: '', understood: { authorities: [], year: null, areas: [], terms: [] }, results: [], total: 0 },
        context: { authorities: [], topic: [], topicLabel: '', areas: [], year: null, range: null, grade: null },
      }),
      judgements: () => ({ ok: false as const, error: { message: 'none', suggestions: [] } }),
      improvements: () => ({ ok: false as const, error: { message: 'none', suggestions: [] } }),
      paragraph: () => ({ ok: false as const, error: { message: 'none', suggestions: [] } }),
      authorities: () => [],
      reports: () => [],
      reportAlert: () => undefined,
      reader: () => {
        throw new Error('the gateway test reads no pages');
      },
    };
    const bot = createDiscordBot({
      config: { token: TOKEN, applicationId: null, guildId: null, apiUrl: stand.apiUrl },
      corpus,
      logger,
    });
    await bot.start();
    expect(bot.client.isReady()).toBe(true);
    await bot.stop();
    await bot.stop();
    expect(bot.client.isReady()).toBe(false);
    expect(stand.requests.every((r) => r.known)).toBe(true);
  });
});

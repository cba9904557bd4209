/**
 * The Discord bot: a discord.js client wired to the query core. Slash
 * commands and the "More results" button arrive as interactions; mentions
 * and direct messages as messages. `adapters/main.ts` creates it, calls
 * `start()`, and `stop()` on shutdown.
 */
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import type { Corpus } from '../../src/answer-types.ts';
import type { Logger } from '../../src/logger.ts';
import type { BotContext } from './commands/types.ts';
import type { AlertSender } from '../alerts/outbox-worker.ts';
import type { Store } from '../store/open-store.ts';
import { createDiscordAlertSender } from './alert-sender.ts';
import { memoryQuestions, storeQuestions } from './components/question-store.ts';
import { handleInteraction } from './events/interaction-create.ts';
import { handleMessage } from './events/message-create.ts';
import { handleReady } from './events/ready.ts';

/** What `createDiscordBot` needs. */
export interface DiscordBotOptions {
  config: DiscordConfig;
  corpus: Corpus;
  logger: Logger;
  /** The store (answer keys, follows, settings, feedback); without one (some tests), answer keys are in memory. */
  store?: Store | null;
}

/** A created (not yet connected) bot. */
export interface DiscordBot {
  client: Client;
  /** Log in and resolve once the gateway says the bot is ready. */
  start(): Promise<void>;
  /** Close the gateway connection and REST timers; safe to call twice. */
  stop(): Promise<void>;
  /** Posts alerts through this client's REST (which honours Discord's rate limits). */
  alertSender(): AlertSender;
}

/** The client options: least intents, no pings, REST pointed at `apiUrl` when set. */
function clientOptions(config: DiscordConfig): ClientOptions {
  return {
    // No MessageContent: Discord sends the text of mentions and DMs without it.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial those messages are dropped.
    partials: [Partials.Channel],
    // Nothing a user types (or a report says) may ping anyone, the asker included.
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.apiUrl === null ? {} : { api: config.apiUrl.replace(/\/+$/, '') },
  };
}

/** Create the Discord bot. Nothing connects until `start()`. */
export function createDiscordBot({ config, corpus, logger, store = null }: DiscordBotOptions): DiscordBot {
  const client = new Client(clientOptions(config));
  const questions = store === null ? memoryQuestions() : storeQuestions(store);
  const context: BotContext = { corpus, logger, questions, store };

  // The handlers catch their own errors; these catches only guard against a bug there taking the process down.
  const unexpected = (error: unknown) => logger.error({ err: error }, 'Unhandled error in a Discord handler');
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context).catch(unexpected));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, context).catch(unexpected));
  client.once(Events.ClientReady, (ready) => handleReady(ready, logger));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'Discord gateway error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'Discord warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'Discord gateway closed'));
  client.on(Events.Debug, (message) => logger.trace({ discord: message }, 'discord.js'));
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'Discord rate limit'));

  let stopped = false;
  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
    },
    alertSender: () => createDiscordAlertSender(client),
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('Discord bot stopped');
    },
  };
}

/**
 * The Discord bot: a discord.js client wired to the query core. Slash
 * commands and the "More results" button arrive as interactions; mentions
 * and direct messages as messages. `adapters/main.ts` creates it, calls
 * `start()`, and `stop()` on shutdown.
 */
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, type ClientOptions, type Interaction } from 'discord.js';
import { ConfigError, type DiscordConfig } from '../config.ts';
import { createAnswerQueue, type AnswerQueue } from '../runtime/answer-queue.ts';
import { createWorkTracker, type WorkTracker } from '../runtime/work-tracker.ts';
import type { Corpus } from '../../src/answer-types.ts';
import type { Logger } from '../../src/logger.ts';
import { NO_CONVERSATION_STORE, type ConversationContextStore } from '../conversation-store.ts';
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
  /** The store (answer keys, follows, settings, feedback, conversation contexts); without one (some tests), answer keys are in memory. */
  store?: Store | null;
  /** Where acknowledged work is counted for shutdown; default a tracker of its own. */
  tracker?: WorkTracker;
  /** Where answers wait their turn, shared with the other platform in one process; default a queue of its own. */
  answers?: AnswerQueue;
  /** Time limit of each REST call, in ms (default 6 s). */
  restTimeoutMs?: number;
  /**
   * Where each reply chain's or thread's conversation context is kept. Default: the store's
   * (shared by every process); without a store, none, so every question starts afresh.
   */
  conversations?: ConversationContextStore;
}

/** A created (not yet connected) bot. */
export interface DiscordBot {
  client: Client;
  /** Log in and resolve once the gateway says the bot is ready. A refused token is a {@link ConfigError}. */
  start(): Promise<void>;
  /** Take no new questions (a command gets a one-line "restarting" note); answers under way carry on. */
  stopAccepting(): void;
  /** Close the gateway connection and REST timers; safe to call twice. Drain the tracker first. */
  stop(): Promise<void>;
  /** Posts alerts through this client's REST (which honours Discord's rate limits). */
  alertSender(): AlertSender;
}

/** The client options: least intents, no pings, REST pointed at `apiUrl` when set. */
function clientOptions(config: DiscordConfig, timeout: number): ClientOptions {
  return {
    // No MessageContent: Discord sends the text of mentions and DMs without it.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial those messages are dropped.
    partials: [Partials.Channel],
    // Nothing a user types (or a report says) may ping anyone, the asker included.
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      ...(config.apiUrl === null ? {} : { api: config.apiUrl.replace(/\/+$/, '') }),
      // A hung call holds its route's queue (the channel's messages) until it times out; by default
      // that is 15 s, four times over, and each retry could post the answer again (`send-once.ts`).
      timeout,
      retries: 0,
    },
  };
}

/** Create the Discord bot. Nothing connects until `start()`. */
export function createDiscordBot({ config, corpus, logger, conversations, answers, store = null, ...options }: DiscordBotOptions): DiscordBot {
  const client = new Client(clientOptions(config, options.restTimeoutMs ?? 6_000));
  const questions = store === null ? memoryQuestions() : storeQuestions(store);
  const context: BotContext = {
    corpus,
    logger,
    questions,
    store,
    conversations: conversations ?? (store === null ? NO_CONVERSATION_STORE : store.conversations),
    answers: answers ?? createAnswerQueue(),
  };
  const tracker = options.tracker ?? createWorkTracker();
  let accepting = true;

  // The handlers catch their own errors; these catches only guard against a bug there taking the process down.
  const unexpected = (error: unknown) => logger.error({ err: error }, 'Unhandled error in a Discord handler');
  client.on(Events.InteractionCreate, (interaction) => {
    // Answers hold back for a moment, so a burst's deferrals go before them.
    context.answers.arrived();
    const work = accepting ? handleInteraction(interaction, context) : refuseWhileStopping(interaction);
    void tracker.track(work.catch(unexpected));
  });
  client.on(Events.MessageCreate, (message) => {
    // Nothing was promised for a message, and the user can simply ask again.
    if (accepting) void tracker.track(handleMessage(message, context).catch(unexpected));
  });
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
      try {
        await client.login(config.token);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'TokenInvalid') throw error;
        throw new ConfigError(
          `DISCORD_TOKEN was rejected by Discord (${(error as Error).message}). Reset the token under Bot → Reset Token in the Discord developer portal and put the new one in .env.`,
        );
      }
      await ready;
    },
    alertSender: () => createDiscordAlertSender(client),
    stopAccepting() {
      accepting = false;
    },
    async stop() {
      accepting = false;
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('Discord bot stopped');
    },
  };
}

/** What a command or button gets while the bot shuts down: a short private note instead of Discord's "interaction failed". */
async function refuseWhileStopping(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable()) {
    await interaction.reply({ content: 'The bot is restarting. Please ask again in a minute.', flags: MessageFlags.Ephemeral });
  }
}

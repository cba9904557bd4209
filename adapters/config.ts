/**
 * Configuration, read once at startup from the environment (and `.env`) into
 * a typed object. A missing or malformed variable stops startup with a
 * message naming it; `.env.example` documents every variable.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface SlackConfig {
  /** Bot user OAuth token (xoxb-...). */
  botToken: string;
  /** Signing secret used to verify HTTP requests from Slack (required unless Socket Mode). */
  signingSecret: string | null;
  /** App-level token (xapp-...): when set, Socket Mode is used instead of HTTP. */
  appToken: string | null;
  /** Port of the HTTP receiver (ignored in Socket Mode). */
  port: number;
  /** Web API base URL ending in "/" (GovSlack, or a local stand-in in tests); null for Slack's default. */
  apiUrl: string | null;
}

export interface DiscordConfig {
  /** Bot token from the Discord developer portal. */
  token: string;
  /** Application (client) id; needed to deploy slash commands. */
  applicationId: string | null;
  /** Guild to deploy commands to during development; null deploys globally. */
  guildId: string | null;
  /** REST API base URL (a local stand-in in tests); null for Discord's default. */
  apiUrl: string | null;
}

export interface StoreConfig {
  /** Where the embedded database lives (DATA_DIR, default `./data`); unused when `databaseUrl` is set. */
  dataDir: string;
  /** A PostgreSQL server (DATABASE_URL); null for the embedded database. Never log it: it may hold a password. */
  databaseUrl: string | null;
}

export interface Config {
  logLevel: LogLevel;
  /** Directory holding the prebuilt index (default: the bundled `index-data`). */
  indexDir: string | null;
  /** How often the running bot checks the index directory for a new index (INDEX_POLL_SECONDS, default 10). */
  indexPollMs: number;
  /** The store behind the Slack app and Discord bot (the console chat needs none). */
  store: StoreConfig;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? null : value;
}

function required(env: Env, name: string, why: string): string {
  const value = optional(env, name);
  if (value === null) throw new ConfigError(`Config: ${name} is required ${why}, but it is not set.`);
  return value;
}

function withPrefix(name: string, value: string, prefix: string): string {
  if (!value.startsWith(prefix)) {
    throw new ConfigError(`Config: ${name} must start with "${prefix}", but it starts with "${value.slice(0, 5)}…".`);
  }
  return value;
}

function url(name: string, value: string | null): string | null {
  if (value === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`Config: ${name} must be an http(s) URL, but got "${value}".`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`Config: ${name} must be an http(s) URL, but got "${value}".`);
  }
  return value;
}

function port(name: string, value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new ConfigError(`Config: ${name} must be a port number from 1 to 65535, but got "${value}".`);
  }
  return n;
}

function snowflake(name: string, value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{15,22}$/.test(value)) {
    throw new ConfigError(`Config: ${name} must be a Discord id (15 to 22 digits), but got "${value}".`);
  }
  return value;
}

function databaseUrl(name: string, value: string | null): string | null {
  if (value === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // Not echoed: a malformed URL may still hold a password.
  }
  if (parsed === null || (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') || parsed.hostname === '') {
    throw new ConfigError(`Config: ${name} must be a postgres://user:password@host:port/database URL, but it is not (value not shown).`);
  }
  return value;
}

function seconds(name: string, value: string | null, fallback: number, min: number, max: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n < min || n > max) {
    throw new ConfigError(`Config: ${name} must be a number of seconds from ${min} to ${max}, but got "${value}".`);
  }
  return n;
}

/** Read and validate the configuration. Throws {@link ConfigError} naming the bad variable. */
export function readConfig(env: Env = process.env): Config {
  const logLevelRaw = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevelRaw as LogLevel)) {
    throw new ConfigError(`Config: LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but got "${logLevelRaw}".`);
  }

  let slack: SlackConfig | null = null;
  const slackBotToken = optional(env, 'SLACK_BOT_TOKEN');
  if (slackBotToken !== null) {
    const appToken = optional(env, 'SLACK_APP_TOKEN');
    slack = {
      botToken: withPrefix('SLACK_BOT_TOKEN', slackBotToken, 'xoxb-'),
      appToken: appToken === null ? null : withPrefix('SLACK_APP_TOKEN', appToken, 'xapp-'),
      signingSecret:
        appToken === null
          ? required(env, 'SLACK_SIGNING_SECRET', 'when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode)')
          : optional(env, 'SLACK_SIGNING_SECRET'),
      port: port('PORT', optional(env, 'PORT'), 3000),
      apiUrl: url('SLACK_API_URL', optional(env, 'SLACK_API_URL')),
    };
  } else {
    for (const name of ['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) {
      if (optional(env, name) !== null) {
        throw new ConfigError(`Config: ${name} is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN to run the Slack app.`);
      }
    }
  }

  let discord: DiscordConfig | null = null;
  const discordToken = optional(env, 'DISCORD_TOKEN');
  if (discordToken !== null) {
    discord = {
      token: discordToken,
      applicationId: snowflake('DISCORD_APPLICATION_ID', optional(env, 'DISCORD_APPLICATION_ID')),
      guildId: snowflake('DISCORD_GUILD_ID', optional(env, 'DISCORD_GUILD_ID')),
      apiUrl: url('DISCORD_API_URL', optional(env, 'DISCORD_API_URL')),
    };
  }

  return {
    logLevel: logLevelRaw as LogLevel,
    indexDir: optional(env, 'INDEX_DIR'),
    indexPollMs: seconds('INDEX_POLL_SECONDS', optional(env, 'INDEX_POLL_SECONDS'), 10, 1, 60) * 1000,
    store: { dataDir: optional(env, 'DATA_DIR') ?? './data', databaseUrl: databaseUrl('DATABASE_URL', optional(env, 'DATABASE_URL')) },
    slack,
    discord,
  };
}

/**
 * Configuration, read once at startup from the environment (and `.env`) into
 * a typed object. A missing or malformed variable stops startup with a
 * message naming it; `.env.example` documents every variable.
 */
import { readFileSync } from 'node:fs';
import { Cron } from 'croner';
import { DEFAULT_ANSWER_CONCURRENCY, DEFAULT_ANSWER_QUEUE_LIMIT } from './runtime/answer-queue.ts';

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
  /**
   * The one directory the bot writes (DATA_DIR, default `./data`): the embedded database (unused
   * when `databaseUrl` is set), and the search index with the reports `npm run update` downloads
   * (`<dataDir>/index`, unless INDEX_DIR names another). Everything else may be read-only.
   */
  dataDir: string;
  /** A PostgreSQL server (DATABASE_URL); null for the embedded database. Never log it: it may hold a password. */
  databaseUrl: string | null;
}

/** How the Teams bot proves who it is to Microsoft Entra ID: a client secret, or a certificate. */
export type TeamsCredential =
  | { kind: 'secret'; password: string }
  | {
      kind: 'certificate';
      /** SHA-1 thumbprint of the certificate uploaded to the app registration (hex). */
      thumbprint: string;
      /** The certificate's private key, PEM (read from TEAMS_CERTIFICATE_KEY_FILE). */
      privateKey: string;
    };

/**
 * Where the Teams bot's tokens come from and how incoming tokens are checked.
 * Microsoft's public cloud by default; tests point them at a local stand-in.
 */
export interface TeamsEndpoints {
  /** Entra ID login host, no trailing slash (`TEAMS_LOGIN_URL`, default https://login.microsoftonline.com). */
  loginUrl: string;
  /** OpenID metadata of the Bot Framework's signing keys (`TEAMS_OPENID_METADATA_URL`). */
  openIdMetadataUrl: string;
  /** The issuer incoming activity tokens must carry (`TEAMS_TOKEN_ISSUER`). */
  tokenIssuer: string;
}

export interface TeamsConfig {
  /** Microsoft App ID of the Azure Bot (a GUID). Incoming tokens must be for it. */
  appId: string;
  credential: TeamsCredential;
  /** The app registration's tenant (single-tenant apps), or null for a multi-tenant registration. */
  tenantId: string | null;
  /** Port of the messaging endpoint, `/api/messages` (TEAMS_PORT, default 3978). */
  port: number;
  endpoints: TeamsEndpoints;
}

/** Microsoft's public cloud, the default {@link TeamsEndpoints}. */
export const DEFAULT_TEAMS_ENDPOINTS: TeamsEndpoints = {
  loginUrl: 'https://login.microsoftonline.com',
  openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  tokenIssuer: 'https://api.botframework.com',
};

/** The chat platforms `npm start` can run. */
export type AdapterName = 'slack' | 'discord' | 'teams';
const ADAPTER_NAMES: readonly AdapterName[] = ['slack', 'discord', 'teams'];

export interface UpdateConfig {
  /** Ofsted's reports site, ending in "/" (`OFSTED_BASE_URL`; tests point it at a local stand-in). */
  baseUrl: string;
  /** Cron expression on which `npm start` runs the update in the background (`UPDATE_SCHEDULE`), or null for never. */
  schedule: string | null;
}

/** How answering is paced on the bot's one thread (see `adapters/runtime/answer-queue.ts`). */
export interface AnswersConfig {
  /** Answers under way at once (ANSWER_CONCURRENCY, default 2). */
  concurrency: number;
  /** Waiting answers beyond which a new question is told at once that its answer is coming (ANSWER_QUEUE_LIMIT, default 100). */
  queueLimit: number;
}

/** The organisation's proxy for outbound requests (see adapters/runtime/outbound-proxy.ts). */
export interface ProxyConfig {
  /** HTTPS_PROXY (or https_proxy): for https:// and wss:// requests; null falls back to `httpProxy`. */
  httpsProxy: string | null;
  /** HTTP_PROXY (or http_proxy): for http:// and ws:// requests. */
  httpProxy: string | null;
  /** NO_PROXY (or no_proxy): hosts reached directly, comma-separated. */
  noProxy: string | null;
}

export interface WebConfig {
  /** Port of the web reader (WEB_PORT): `npm start` serves it only when set; `npm run web` defaults to {@link DEFAULT_WEB_PORT}. */
  port: number | null;
  /**
   * Where the web reader is reached from outside (PUBLIC_URL, no trailing "/"): with it,
   * chat citations link to `{PUBLIC_URL}/reports/{id}#p{label}`; without it, to Ofsted's PDF.
   */
  publicUrl: string | null;
}

/** The web reader's port when `npm run web` is given no WEB_PORT. */
export const DEFAULT_WEB_PORT = 3000;

export interface Config {
  logLevel: LogLevel;
  /** Append logs to this file instead of writing them to stderr. */
  logFile: string | null;
  /** INDEX_DIR: an index directory to use as it is, instead of `<DATA_DIR>/index` (see adapters/state/index-dir.ts). */
  indexDir: string | null;
  /** How often the running bot checks the index directory for a new index (INDEX_POLL_SECONDS, default 10). */
  indexPollMs: number;
  /** The store behind the Slack app and Discord bot (the console chat needs none). */
  store: StoreConfig;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  teams: TeamsConfig | null;
  update: UpdateConfig;
  answers: AnswersConfig;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, or null when no proxy is set. Optional only so tests may leave it out. */
  proxy?: ProxyConfig | null;
  web: WebConfig;
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

function wholeNumber(name: string, value: string | null, fallback: number, min: number, max: number): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(`Config: ${name} must be a whole number from ${min} to ${max}, but got "${value}".`);
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

/**
 * Which adapters to run: ADAPTERS (a comma-separated list) when set, so an
 * operator can run Slack and Discord in separate processes; null for every
 * adapter whose token is set.
 */
function adapterList(env: Env): Set<AdapterName> | null {
  const raw = optional(env, 'ADAPTERS');
  if (raw === null) return null;
  const names = raw.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  const unknown = names.filter((name) => !ADAPTER_NAMES.includes(name as AdapterName));
  if (names.length === 0 || unknown.length > 0) {
    throw new ConfigError(`Config: ADAPTERS must be a comma-separated list of ${ADAPTER_NAMES.join(', ')}, but got "${raw}".`);
  }
  const wanted = new Set(names as AdapterName[]);
  const tokens: Record<AdapterName, string> = { slack: 'SLACK_BOT_TOKEN', discord: 'DISCORD_TOKEN', teams: 'TEAMS_APP_ID' };
  for (const name of wanted) {
    if (optional(env, tokens[name]) === null) {
      throw new ConfigError(`Config: ADAPTERS includes ${name}, so ${tokens[name]} is required, but it is not set.`);
    }
  }
  return wanted;
}

/** A proxy URL (http:// or https://), checked; its password never appears in the message. */
function proxyUrl(name: string, value: string | null): string | null {
  if (value === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // Not echoed: it may hold a password.
  }
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new ConfigError(`Config: ${name} must be a proxy URL such as http://proxy.example.org:8080, but it is not (value not shown).`);
  }
  return value;
}

/**
 * The proxy variables, in either case (curl's convention: the lower-case
 * name wins when both are set); null when neither proxy is set.
 */
export function readProxyConfig(env: Env = process.env): ProxyConfig | null {
  const either = (name: string): [string, string | null] => {
    const lower = optional(env, name.toLowerCase());
    return lower !== null ? [name.toLowerCase(), lower] : [name, optional(env, name)];
  };
  const [httpsName, httpsValue] = either('HTTPS_PROXY');
  const [httpName, httpValue] = either('HTTP_PROXY');
  const httpsProxy = proxyUrl(httpsName, httpsValue);
  const httpProxy = proxyUrl(httpName, httpValue);
  if (httpsProxy === null && httpProxy === null) return null;
  return { httpsProxy, httpProxy, noProxy: either('NO_PROXY')[1] };
}

/** Where the writable state is: DATA_DIR (default `./data`) and INDEX_DIR (null: `<DATA_DIR>/index`). */
export function readDataDirs(env: Env = process.env): { dataDir: string; indexDir: string | null } {
  return { dataDir: optional(env, 'DATA_DIR') ?? './data', indexDir: optional(env, 'INDEX_DIR') };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function guid(name: string, value: string): string {
  if (!GUID.test(value)) {
    throw new ConfigError(`Config: ${name} must be a GUID such as 00000000-0000-0000-0000-000000000000, but got "${value.slice(0, 40)}".`);
  }
  return value.toLowerCase();
}

/**
 * The Teams bot's variables: TEAMS_APP_ID with either TEAMS_APP_PASSWORD or a
 * certificate (TEAMS_CERTIFICATE_THUMBPRINT and TEAMS_CERTIFICATE_KEY_FILE),
 * TEAMS_TENANT_ID for a single-tenant app, TEAMS_PORT, and the endpoints
 * (tests only). There is no way to turn off the check of incoming tokens.
 */
function readTeamsConfig(env: Env, appId: string): TeamsConfig {
  const password = optional(env, 'TEAMS_APP_PASSWORD');
  const thumbprint = optional(env, 'TEAMS_CERTIFICATE_THUMBPRINT');
  const keyFile = optional(env, 'TEAMS_CERTIFICATE_KEY_FILE');
  let credential: TeamsCredential;
  if (password !== null && (thumbprint !== null || keyFile !== null)) {
    throw new ConfigError('Config: set TEAMS_APP_PASSWORD or a certificate (TEAMS_CERTIFICATE_THUMBPRINT and TEAMS_CERTIFICATE_KEY_FILE), not both.');
  } else if (password !== null) {
    credential = { kind: 'secret', password };
  } else if (thumbprint !== null || keyFile !== null) {
    if (thumbprint === null || !/^[0-9a-f]{40}$/i.test(thumbprint.replace(/:/g, ''))) {
      throw new ConfigError(`Config: TEAMS_CERTIFICATE_THUMBPRINT must be the certificate's SHA-1 thumbprint (40 hex digits), but got "${(thumbprint ?? '').slice(0, 60)}".`);
    }
    if (keyFile === null) throw new ConfigError('Config: TEAMS_CERTIFICATE_KEY_FILE is required with TEAMS_CERTIFICATE_THUMBPRINT, but it is not set.');
    let privateKey: string;
    try {
      privateKey = readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`Config: TEAMS_CERTIFICATE_KEY_FILE must name a readable PEM file, but reading "${keyFile}" failed (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    if (!/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(privateKey)) {
      throw new ConfigError(`Config: TEAMS_CERTIFICATE_KEY_FILE must hold a PEM private key (-----BEGIN PRIVATE KEY-----), but "${keyFile}" does not.`);
    }
    credential = { kind: 'certificate', thumbprint: thumbprint.replace(/:/g, '').toUpperCase(), privateKey };
  } else {
    throw new ConfigError(
      'Config: TEAMS_APP_PASSWORD (a client secret of the app registration) or a certificate (TEAMS_CERTIFICATE_THUMBPRINT and TEAMS_CERTIFICATE_KEY_FILE) is required when TEAMS_APP_ID is set, but neither is.',
    );
  }
  const tenant = optional(env, 'TEAMS_TENANT_ID');
  const trim = (value: string): string => value.replace(/\/+$/, '');
  return {
    appId: guid('TEAMS_APP_ID', appId),
    credential,
    tenantId: tenant === null ? null : guid('TEAMS_TENANT_ID', tenant),
    port: port('TEAMS_PORT', optional(env, 'TEAMS_PORT'), 3978),
    endpoints: {
      loginUrl: trim(url('TEAMS_LOGIN_URL', optional(env, 'TEAMS_LOGIN_URL')) ?? DEFAULT_TEAMS_ENDPOINTS.loginUrl),
      openIdMetadataUrl: url('TEAMS_OPENID_METADATA_URL', optional(env, 'TEAMS_OPENID_METADATA_URL')) ?? DEFAULT_TEAMS_ENDPOINTS.openIdMetadataUrl,
      tokenIssuer: optional(env, 'TEAMS_TOKEN_ISSUER') ?? DEFAULT_TEAMS_ENDPOINTS.tokenIssuer,
    },
  };
}

/** Ofsted's reports site, the default `OFSTED_BASE_URL`. */
export const DEFAULT_OFSTED_BASE_URL = 'https://reports.ofsted.gov.uk/';

/**
 * The update's variables alone (`npm run update` reads only these):
 * `OFSTED_BASE_URL` (an http(s) URL) and `UPDATE_SCHEDULE` (a cron expression).
 */
export function readUpdateConfig(env: Env = process.env): UpdateConfig {
  const base = url('OFSTED_BASE_URL', optional(env, 'OFSTED_BASE_URL')) ?? DEFAULT_OFSTED_BASE_URL;
  const schedule = optional(env, 'UPDATE_SCHEDULE');
  if (schedule !== null) {
    try {
      new Cron(schedule, { paused: true }).stop();
    } catch (error) {
      throw new ConfigError(
        `Config: UPDATE_SCHEDULE must be a cron expression such as "0 6 * * 1-5" (06:00 on weekdays), but got "${schedule}" (${(error as Error).message}).`,
      );
    }
  }
  return { baseUrl: base.endsWith('/') ? base : `${base}/`, schedule };
}

/** The web reader's variables alone (`npm run ask` reads PUBLIC_URL only): WEB_PORT and PUBLIC_URL. */
export function readWebConfig(env: Env = process.env): WebConfig {
  const webPort = optional(env, 'WEB_PORT');
  const publicUrl = url('PUBLIC_URL', optional(env, 'PUBLIC_URL'));
  return { port: webPort === null ? null : port('WEB_PORT', webPort, DEFAULT_WEB_PORT), publicUrl: publicUrl === null ? null : publicUrl.replace(/\/+$/, '') };
}

/** Read and validate the configuration. Throws {@link ConfigError} naming the bad variable. */
export function readConfig(env: Env = process.env): Config {
  const adapters = adapterList(env);
  const logLevelRaw = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevelRaw as LogLevel)) {
    throw new ConfigError(`Config: LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but got "${logLevelRaw}".`);
  }

  let slack: SlackConfig | null = null;
  const slackBotToken = optional(env, 'SLACK_BOT_TOKEN');
  if (adapters !== null && !adapters.has('slack')) {
    // Another process runs Slack (ADAPTERS): its variables are that process's business.
  } else if (slackBotToken !== null) {
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
  if (discordToken !== null && (adapters === null || adapters.has('discord'))) {
    discord = {
      token: discordToken,
      applicationId: snowflake('DISCORD_APPLICATION_ID', optional(env, 'DISCORD_APPLICATION_ID')),
      guildId: snowflake('DISCORD_GUILD_ID', optional(env, 'DISCORD_GUILD_ID')),
      apiUrl: url('DISCORD_API_URL', optional(env, 'DISCORD_API_URL')),
    };
  }

  const dirs = readDataDirs(env);
  const teamsAppId = optional(env, 'TEAMS_APP_ID');
  const teams = teamsAppId !== null && (adapters === null || adapters.has('teams')) ? readTeamsConfig(env, teamsAppId) : null;
  if (teamsAppId === null) {
    for (const name of ['TEAMS_APP_PASSWORD', 'TEAMS_CERTIFICATE_THUMBPRINT', 'TEAMS_CERTIFICATE_KEY_FILE', 'TEAMS_TENANT_ID']) {
      if (optional(env, name) !== null) {
        throw new ConfigError(`Config: ${name} is set but TEAMS_APP_ID is not; set TEAMS_APP_ID to run the Teams bot.`);
      }
    }
  }

  const web = readWebConfig(env);
  if (web.port !== null && slack !== null && slack.appToken === null && slack.port === web.port) {
    throw new ConfigError(`Config: WEB_PORT and PORT (Slack's HTTP receiver) must differ, but both are ${web.port}.`);
  }
  if (web.port !== null && teams !== null && teams.port === web.port) {
    throw new ConfigError(`Config: WEB_PORT and TEAMS_PORT must differ, but both are ${web.port}.`);
  }

  return {
    logLevel: logLevelRaw as LogLevel,
    logFile: optional(env, 'LOG_FILE'),
    indexDir: dirs.indexDir,
    indexPollMs: seconds('INDEX_POLL_SECONDS', optional(env, 'INDEX_POLL_SECONDS'), 10, 1, 60) * 1000,
    store: { dataDir: dirs.dataDir, databaseUrl: databaseUrl('DATABASE_URL', optional(env, 'DATABASE_URL')) },
    slack,
    discord,
    teams,
    update: readUpdateConfig(env),
    answers: {
      concurrency: wholeNumber('ANSWER_CONCURRENCY', optional(env, 'ANSWER_CONCURRENCY'), DEFAULT_ANSWER_CONCURRENCY, 1, 64),
      queueLimit: wholeNumber('ANSWER_QUEUE_LIMIT', optional(env, 'ANSWER_QUEUE_LIMIT'), DEFAULT_ANSWER_QUEUE_LIMIT, 0, 100_000),
    },
    proxy: readProxyConfig(env),
    web,
  };
}

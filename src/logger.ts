/**
 * The one pino logger factory. Structured JSON to stderr (stdout belongs to
 * the CLI's answers) or to a file, with every known secret path redacted so
 * a token never reaches a log line.
 */
import { pino, stdSerializers, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

/**
 * Secrets that travel inside URLs, which errors carry in `url`, `message` and
 * `stack`: webhook and interaction tokens (`/webhooks/<id>/<token>`,
 * `/interactions/<id>/<token>/callback`) and the secret tail of a
 * `response_url` (`/commands/<team>/<id>/<secret>`, `/actions/...`).
 */
const URL_SECRETS: readonly [RegExp, string][] = [
  [/(\/webhooks\/\d+\/)[^/?\s"']+/g, '$1[redacted]'],
  [/(\/interactions\/\d+\/)[^/?\s"']+/g, '$1[redacted]'],
  [/(\/(?:commands|actions)\/[A-Z0-9]+\/\d+\/)[^/?\s"']+/g, '$1[redacted]'],
];

/** `text` with every secret a URL can carry replaced. */
export function redactUrlSecrets(text: string): string {
  return URL_SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** `value` with URL secrets removed from its strings, a few levels deep (errors nest `cause` and request data). */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactUrlSecrets(value);
  if (value === null || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, scrub(field, depth + 1)]));
}

/** pino's error serializer, then URL secrets scrubbed; a failed call's request body (our own message) is left out. */
function errSerializer(error: unknown): unknown {
  const serialized = stdSerializers.err(error as Error) as unknown;
  if (serialized === null || typeof serialized !== 'object') return serialized;
  const { requestBody: _dropped, ...rest } = serialized as Record<string, unknown>;
  return scrub(rest);
}

/** The options every logger of the bot uses (tests build their loggers from them too). */
export function loggerOptions(level: string, name: string): LoggerOptions {
  return { name, level, redact: { paths: REDACT, censor: '[redacted]' }, serializers: { err: errSerializer } };
}

/**
 * A logger at `level` writing JSON lines to stderr, or appending them to
 * `file` when one is given (the console chat keeps the terminal for itself).
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', name = 'ofsted-bot', file?: string): Logger {
  return pino(
    loggerOptions(level, name),
    pino.destination(file === undefined ? 2 : { dest: file, append: true, mkdir: true }),
  );
}

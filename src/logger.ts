/**
 * The one pino logger factory. Structured JSON to stderr (stdout belongs to
 * the CLI's answers), with every known secret path redacted so a token never
 * reaches a log line.
 */
import { pino, type Logger } from 'pino';

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

/** A logger at `level` writing JSON lines to stderr. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', name = 'ofsted-bot'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

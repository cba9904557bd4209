/**
 * Bolt and its Web API client log through this adapter, so their lines end
 * up in the same pino stream (with the same redaction) as ours, never on the
 * console.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/** Wrap a pino logger in the `@slack/logger` interface Bolt expects. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  let level: LogLevel = LogLevel.INFO;
  // Bolt passes any number of arguments (strings, errors, objects); keep them as one message.
  const line = (parts: unknown[]): [Record<string, unknown>, string] => {
    const errors = parts.filter((part): part is Error => part instanceof Error);
    const text = parts
      .filter((part) => !(part instanceof Error))
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' ');
    return [errors.length > 0 ? { err: errors[0] } : {}, text];
  };
  return {
    debug: (...parts: unknown[]) => child.debug(...line(parts)),
    info: (...parts: unknown[]) => child.info(...line(parts)),
    warn: (...parts: unknown[]) => child.warn(...line(parts)),
    error: (...parts: unknown[]) => child.error(...line(parts)),
    // The level is pino's (LOG_LEVEL); Bolt's own setting is remembered but not applied.
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}

/**
 * Process-wide nets for errors nothing else caught. Node's default prints a
 * stack trace to stderr and dies; here the error is logged through pino (so
 * it reaches the same place as every other line, tokens redacted), and the
 * caller's `fatal` runs: a graceful shutdown with a non-zero exit code, so
 * the supervisor restarts the bot and the restart is visible in the log.
 */
import type { Logger } from '../../src/logger.ts';

export function installCrashHandlers(logger: Logger, fatal: (reason: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection; shutting down for a restart');
    fatal('unhandledRejection');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; shutting down for a restart');
    fatal('uncaughtException');
  });
}

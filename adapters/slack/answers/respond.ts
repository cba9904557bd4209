/**
 * Answering through a `response_url` (slash commands and button clicks):
 * works in any channel, even ones the bot has not joined.
 */
import type { Logger } from '../../../src/logger.ts';
import { apologyMessage } from '../format/problem-blocks.ts';
import type { SlackMessage } from '../format/limits.ts';
import type { Respond } from './response-url.ts';

/** Show `message` privately to the user who typed the command or clicked. */
export async function respondPrivately(respond: Respond, message: SlackMessage): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
}

/**
 * Run `work`; if it throws, log the error in full and show the user a
 * one-line apology instead (never a stack trace).
 */
export async function withApology(
  logger: Logger,
  respond: Respond | undefined,
  what: string,
  work: () => Promise<void>,
): Promise<void> {
  const started = performance.now();
  try {
    await work();
    logger.info({ ms: Math.round(performance.now() - started) }, `answered ${what}`);
  } catch (error) {
    logger.error({ err: error }, `failed to answer ${what}`);
    if (respond === undefined) return;
    try {
      await respondPrivately(respond, apologyMessage());
    } catch (apologyError) {
      logger.error({ err: apologyError }, 'failed to send apology');
    }
  }
}

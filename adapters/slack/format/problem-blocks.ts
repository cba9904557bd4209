/**
 * Short, friendly messages for when there is no answer: unknown authority,
 * no matching paragraphs, bad input, or a failure on our side.
 */
import { context, fallback, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeUserText } from './mrkdwn.ts';
import { BUSY_NOTE } from '../../runtime/answer-queue.ts';

/** The one line a user sees when something failed; the details go to the log. */
const APOLOGY = "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a minute.";

/**
 * A "could not answer" message with suggestions. Suggestions may be known
 * names or example questions from the core, or echo the user's input, so
 * they are escaped like user text.
 */
export function problemMessage(message: string, suggestions: readonly string[] = []): SlackMessage {
  const blocks: KnownBlock[] = [section(`:mag: ${escapeUserText(message)}`)];
  const shown = suggestions.slice(0, 8);
  if (shown.length > 0) {
    blocks.push(context(`*Try:* ${shown.map((s) => `\`${escapeUserText(s).replace(/`/g, "'")}\``).join('  ·  ')}`));
  }
  const text = shown.length > 0 ? `${message} Try: ${shown.join('; ')}` : message;
  return { text: fallback(escapeUserText(text)), blocks };
}

/** The apology shown when answering failed. */
export function apologyMessage(): SlackMessage {
  return { text: APOLOGY, blocks: [section(`:warning: ${APOLOGY}`)] };
}

/** The note a new asker gets at once while many answers are queued: the answer follows. */
export function busyMessage(): SlackMessage {
  return { text: BUSY_NOTE, blocks: [section(`:hourglass_flowing_sand: ${BUSY_NOTE}`)] };
}

/**
 * A slash command this app does not know (say, one left in the app's
 * manifest after a rename): acknowledged at once with how to get help,
 * instead of Bolt's 404 after 3 seconds, which Slack shows as a failure.
 */
import type { App } from '@slack/bolt';
import { COMMANDS, HELP_COMMAND } from '../../commands.ts';
import { escapeUserText } from '../../format/mrkdwn.ts';
import type { ListenerDeps } from '../deps.ts';

const KNOWN: ReadonlySet<string> = new Set(COMMANDS);

export function registerUnknownCommand(app: App, deps: ListenerDeps): void {
  app.command(/.*/, async ({ command, ack }) => {
    if (KNOWN.has(command.command)) return; // its own listener acks it
    deps.logger.warn({ command: command.command }, 'unknown slash command');
    await ack({
      response_type: 'ephemeral',
      text: `I don't know the command ${escapeUserText(command.command.slice(0, 40))}. Try ${HELP_COMMAND} to see what I can do.`,
    });
  });
}

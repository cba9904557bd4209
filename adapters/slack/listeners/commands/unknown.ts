/**
 * A slash command this app does not know (say, one left in the app's
 * manifest after a rename): acknowledged at once with how to get help,
 * instead of Bolt's 404 after 3 seconds, which Slack shows as a failure.
 */
import { HELP_COMMAND } from '../../commands.ts';
import { escapeUserText } from '../../format/mrkdwn.ts';
import type { ListenerDeps } from '../deps.ts';
import type { ListenerRouter } from '../router.ts';

export function registerUnknownCommand(app: ListenerRouter, deps: ListenerDeps): void {
  // The router gives a known command to its own listener; this one gets the rest.
  app.command(/.*/, async ({ command, ack }) => {
    deps.logger.warn({ command: command.command }, 'unknown slash command');
    await ack({
      response_type: 'ephemeral',
      text: `I don't know the command ${escapeUserText(command.command.slice(0, 40))}. Try ${HELP_COMMAND} to see what I can do.`,
    });
  });
}

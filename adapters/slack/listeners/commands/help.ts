/**
 * `/ofsted-help`: what the bot does, its commands and the reports it knows.
 */
import type { App } from '@slack/bolt';
import { HELP_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';

export function registerHelpCommand(app: App, deps: ListenerDeps): void {
  app.command(HELP_COMMAND, async (args) => {
    await answerCommand(deps, args, () => null);
  });
}

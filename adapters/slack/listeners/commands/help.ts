/**
 * `/ofsted-help`: what the bot does, its commands and the reports it knows.
 */
import { HELP_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerHelpCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(HELP_COMMAND, async (args) => {
    await answerCommand(deps, args, () => null);
  });
}

/**
 * `/improve <authority>`: the latest report's "What needs to improve" list.
 */
import { IMPROVE_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerImproveCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(IMPROVE_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => ({ kind: 'improve', query: text }));
  });
}

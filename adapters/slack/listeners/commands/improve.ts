/**
 * `/improve <authority>`: the latest report's "What needs to improve" list.
 */
import type { App } from '@slack/bolt';
import { IMPROVE_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';

export function registerImproveCommand(app: App, deps: ListenerDeps): void {
  app.command(IMPROVE_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => ({ kind: 'improve', query: text }));
  });
}

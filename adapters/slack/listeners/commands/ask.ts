/**
 * `/ofsted <question>`: the answer is shown privately first, with a "Share
 * in channel" button. `/ofsted help` (or nothing) shows the help.
 */
import { isHelpRequest } from '../../answers/build-answer.ts';
import { ASK_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerAskCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(ASK_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => (isHelpRequest(text) ? null : { kind: 'ask', query: text, offset: 0 }));
  });
}

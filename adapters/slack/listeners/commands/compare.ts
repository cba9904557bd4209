/**
 * `/compare <authorities...> [topic]`: the latest grades side by side, and
 * the best paragraph from each on the topic (`/compare Leeds Bury care
 * leavers`, `/compare Oldham neighbours`). Answered privately, with Share.
 */
import { compareQuestion } from '../../../../src/index.ts';
import { COMPARE_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerCompareCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(COMPARE_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => (text.trim() === '' ? null : { kind: 'ask', query: compareQuestion(text), offset: 0 }));
  });
}

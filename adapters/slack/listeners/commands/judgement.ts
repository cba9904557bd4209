/**
 * `/judgement <authority> [area] [year]`: the grades of the latest inspection
 * and the history, each citing its report.
 */
import { JUDGEMENT_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerJudgementCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(JUDGEMENT_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => ({ kind: 'judgement', query: text }));
  });
}

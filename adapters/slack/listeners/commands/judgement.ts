/**
 * `/judgement <authority> [area] [year]`: the grades of the latest inspection
 * and the history, each citing its report.
 */
import type { App } from '@slack/bolt';
import { JUDGEMENT_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { answerCommand } from './answer-command.ts';

export function registerJudgementCommand(app: App, deps: ListenerDeps): void {
  app.command(JUDGEMENT_COMMAND, async (args) => {
    await answerCommand(deps, args, (text) => ({ kind: 'judgement', query: text }));
  });
}

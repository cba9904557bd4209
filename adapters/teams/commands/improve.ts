/** `improve <authority>`: the latest report's "What needs to improve" list, each item cited. */
import { improveCard } from '../format/report-cards.ts';
import { answerInTurn } from '../turn.ts';
import { replyReport } from './report-command.ts';
import type { CommandHandler } from './types.ts';

export const improveCommand: CommandHandler = async (turn) => {
  const { corpus } = turn.deps;
  if (turn.text === '') {
    await replyReport(turn, { ok: false, message: 'Which authority? Use improve <authority>.', suggestions: corpus.authorities().slice(0, 6).map((name) => `improve ${name}`) });
    return;
  }
  const answer = await answerInTurn(turn.ctx, turn.deps, () => corpus.improvements(turn.text));
  await replyReport(
    turn,
    answer.ok ? { ok: true, attachment: improveCard(answer), summary: `${answer.heading} (${answer.report.citation})` } : { ok: false, message: answer.error.message, suggestions: answer.error.suggestions },
  );
};

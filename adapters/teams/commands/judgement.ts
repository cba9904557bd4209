/** `judgement <authority | region | neighbours of X> [area] [year]`: the grades, latest inspection first, each citing its report. */
import { judgementQuestion } from '../../../src/index.ts';
import { judgementCard } from '../format/report-cards.ts';
import { answerInTurn } from '../turn.ts';
import { replyAsked, replyReport } from './report-command.ts';
import type { CommandHandler } from './types.ts';

export const judgementCommand: CommandHandler = async (turn) => {
  const { corpus } = turn.deps;
  if (turn.text === '') {
    await replyReport(turn, { ok: false, message: 'Which authority? Use judgement <authority> [area] [year].', suggestions: corpus.authorities().slice(0, 6).map((name) => `judgement ${name}`) });
    return;
  }
  // A region or "neighbours of X" is a grade question over several authorities.
  const several = judgementQuestion(turn.text);
  if (several !== null) {
    await replyAsked(turn, several);
    return;
  }
  const answer = await answerInTurn(turn.ctx, turn.deps, () => corpus.judgements(turn.text));
  await replyReport(
    turn,
    answer.ok ? { ok: true, attachment: judgementCard(answer), summary: `Ofsted judgements for ${answer.authority}` } : { ok: false, message: answer.error.message, suggestions: answer.error.suggestions },
  );
};

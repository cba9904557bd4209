/** `compare <authorities...> [topic]`: latest grades side by side, and the best paragraph from each on the topic. */
import { compareQuestion } from '../../../src/index.ts';
import { replyAsked, replyReport } from './report-command.ts';
import type { CommandHandler } from './types.ts';

export const compareCommand: CommandHandler = async (turn) => {
  if (turn.text === '') {
    await replyReport(turn, { ok: false, message: 'Which authorities? Use compare <authorities...> [topic].', suggestions: ['compare Leeds Bury care leavers', 'compare Oldham neighbours'] });
    return;
  }
  await replyAsked(turn, compareQuestion(turn.text));
};

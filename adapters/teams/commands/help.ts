/** `help` (or `?`, or a mention with nothing else): what the bot does, its commands and the reports it knows. */
import { helpCard } from '../format/help-card.ts';
import { replyCards } from '../turn.ts';
import type { CommandHandler } from './types.ts';

export const helpCommand: CommandHandler = async (turn) => {
  const { corpus } = turn.deps;
  await replyCards(turn.ctx, [helpCard(corpus.authorities(), corpus.reports())], 'What I can do');
};

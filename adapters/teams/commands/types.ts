/** The shape of a command handler: the turn, where it came from, and the text after the command word. */
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../../src/logger.ts';
import type { TeamsDeps, Where } from '../turn.ts';

export interface CommandTurn {
  ctx: TurnContext;
  where: Where;
  deps: TeamsDeps;
  log: Logger;
  /** What followed the command word. */
  text: string;
}

export type CommandHandler = (turn: CommandTurn) => Promise<void>;

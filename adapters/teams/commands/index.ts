/** Every command's handler, by the word that starts it (command-list.ts). */
import type { TeamsCommand } from '../command-list.ts';
import { compareCommand } from './compare.ts';
import { followCommand } from './follow.ts';
import { followingCommand } from './following.ts';
import { helpCommand } from './help.ts';
import { improveCommand } from './improve.ts';
import { judgementCommand } from './judgement.ts';
import { settingsCommand } from './settings.ts';
import type { CommandHandler } from './types.ts';
import { unfollowCommand } from './unfollow.ts';

export const COMMAND_HANDLERS: Readonly<Record<TeamsCommand['name'], CommandHandler>> = {
  judgement: judgementCommand,
  compare: compareCommand,
  improve: improveCommand,
  follow: followCommand,
  unfollow: unfollowCommand,
  following: followingCommand,
  settings: settingsCommand,
  help: helpCommand,
};

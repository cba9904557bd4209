/**
 * Every slash command the bot has, by name. `deploy-commands` registers
 * exactly these definitions, and the interaction handler dispatches on them.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { askCommand } from './ask.ts';
import { compareCommand } from './compare.ts';
import { followCommand } from './follow.ts';
import { followingCommand } from './following.ts';
import { settingsCommand } from './settings.ts';
import { unfollowCommand } from './unfollow.ts';
import { helpCommand } from './help.ts';
import { improveCommand } from './improve.ts';
import { judgementCommand } from './judgement.ts';
import type { SlashCommand } from './types.ts';

/** The commands, in the order Discord lists them. */
export const COMMANDS: readonly SlashCommand[] = [
  askCommand,
  judgementCommand,
  compareCommand,
  improveCommand,
  helpCommand,
  followCommand,
  unfollowCommand,
  followingCommand,
  settingsCommand,
];

/** Commands by name. */
export const COMMANDS_BY_NAME: ReadonlyMap<string, SlashCommand> = new Map(COMMANDS.map((c) => [c.data.name, c]));

/** The JSON bodies to register with Discord. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((c) => c.data);
}

/**
 * Registering the slash commands with Discord: to one guild when a guild id
 * is given (instant, for development), globally otherwise (may take up to an
 * hour to appear). A PUT replaces the whole set, so removed commands go too.
 */
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import type { Logger } from '../../src/logger.ts';
import { commandDefinitions } from './commands/index.ts';

/** What was registered, and where. */
export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Register every command. Throws when the application id is missing or Discord refuses. */
export async function deployCommands(config: DiscordConfig, logger: Logger): Promise<DeployResult> {
  if (config.applicationId === null) {
    throw new Error('DISCORD_APPLICATION_ID is required to deploy commands (General Information page of the application).');
  }
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl.replace(/\/+$/, '') }).setToken(config.token);
  const body = commandDefinitions();
  const route =
    config.guildId === null
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  try {
    const registered = (await rest.put(route, { body })) as { name: string }[];
    const result: DeployResult = {
      scope: config.guildId === null ? 'global' : 'guild',
      names: registered.map((c) => c.name),
    };
    logger.info({ ...result, guild: config.guildId }, 'Slash commands deployed');
    return result;
  } finally {
    // The REST client keeps sweeper timers; clear them so the script can exit.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

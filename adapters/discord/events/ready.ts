/**
 * The `clientReady` event: logs who the bot is and where, once connected.
 */
import type { Client } from 'discord.js';
import type { Logger } from '../../../src/logger.ts';

/** Log the bot's identity and guild count. */
export function handleReady(client: Client<true>, logger: Logger): void {
  logger.info(
    { user: client.user.tag, userId: client.user.id, application: client.application.id, guilds: client.guilds.cache.size },
    'Discord bot ready',
  );
}

/**
 * `npm run deploy-commands`: register the bot's slash commands with Discord,
 * to DISCORD_GUILD_ID when set, globally otherwise. Reads `.env`.
 */
import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../adapters/config.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { createLogger } from '../src/logger.ts';

loadDotenv({ quiet: true });
const logger = createLogger(process.env.LOG_LEVEL ?? 'info', 'deploy-commands');

try {
  const config = readConfig();
  if (config.discord === null) throw new Error('DISCORD_TOKEN is not set; set it (and DISCORD_APPLICATION_ID) in .env.');
  const result = await deployCommands(config.discord, logger);
  process.stderr.write(
    `Deployed ${result.names.length} commands (${result.names.map((n) => `/${n}`).join(', ')}) ${
      result.scope === 'guild' ? `to guild ${config.discord.guildId}` : 'globally (may take up to an hour to appear)'
    }.\n`,
  );
} catch (error) {
  logger.error({ err: error }, 'Deploying slash commands failed');
  process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

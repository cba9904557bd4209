/**
 * `npm run deploy-commands`: register the bot's slash commands with Discord,
 * to DISCORD_GUILD_ID when set, globally otherwise. Reads `.env`.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, readConfig } from '../adapters/config.ts';
import { deployCommands } from '../adapters/discord/deploy.ts';
import { createLogger } from '../src/logger.ts';

// DOTENV_CONFIG_PATH as for `npm start` (dotenv/config): tests point it at an empty file.
loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
const logger = createLogger(process.env.LOG_LEVEL ?? 'info', 'deploy-commands');

try {
  const config = readConfig();
  if (config.discord === null) throw new ConfigError('DISCORD_TOKEN is not set; set it (and DISCORD_APPLICATION_ID) in .env.');
  const result = await deployCommands(config.discord, logger);
  process.stderr.write(
    `Deployed ${result.names.length} commands (${result.names.map((n) => `/${n}`).join(', ')}) ${
      result.scope === 'guild' ? `to guild ${config.discord.guildId}` : 'globally (may take up to an hour to appear)'
    }.\n`,
  );
} catch (error) {
  // A setup mistake gets one clear line; the details of anything else go to the log at debug level, never a stack trace here.
  logger.debug({ err: error }, 'Deploying slash commands failed');
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { status?: unknown }).status;
  process.stderr.write(
    `deploy-commands: ${status === 401 ? `DISCORD_TOKEN was rejected by Discord (${message}). Reset the token under Bot → Reset Token and put it in .env.` : message}\n`,
  );
  process.exitCode = 1;
}

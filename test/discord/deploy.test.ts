/**
 * Command registration against the stand-in: the module (guild and global
 * scope) and the `npm run deploy-commands` script itself.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../adapters/discord/deploy.ts';
import { captureLogger } from './support/check.ts';
import { APPLICATION_ID, GUILD_ID, startStandIn, type StandIn } from './support/discord-stand-in.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('deploying slash commands', () => {
  let stand: StandIn;
  beforeAll(async () => {
    stand = await startStandIn();
  });
  afterAll(async () => {
    await stand?.close();
  });

  it('registers every command to one guild when a guild id is set', async () => {
    const { logger } = captureLogger();
    const result = await deployCommands(
      { token: 'deploy-token', applicationId: APPLICATION_ID, guildId: GUILD_ID, apiUrl: stand.apiUrl },
      logger,
    );
    expect(result).toEqual({
      scope: 'guild',
      names: ['ask', 'judgement', 'compare', 'improve', 'help', 'follow', 'unfollow', 'following', 'settings'],
    });
    const put = stand.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.route).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe('Bot deploy-token');

    const byName = new Map(put.body.map((c: any) => [c.name, c]));
    const ask: any = byName.get('ask');
    expect(ask.options.map((o: any) => [o.name, o.type, o.required ?? false])).toEqual([
      ['question', ApplicationCommandOptionType.String, true],
      ['private', ApplicationCommandOptionType.Boolean, false],
    ]);
    const judgement: any = byName.get('judgement');
    const authority = judgement.options.find((o: any) => o.name === 'authority');
    expect(authority.autocomplete).toBe(true);
    const area = judgement.options.find((o: any) => o.name === 'area');
    expect(area.choices.map((c: any) => c.value)).toEqual([
      'overall',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
      'adoption',
      'leadership',
    ]);
    expect(judgement.options.find((o: any) => o.name === 'year').type).toBe(ApplicationCommandOptionType.Integer);
    for (const command of put.body) {
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.name).toMatch(/^[a-z-]{1,32}$/);
    }
  });

  it('registers globally when no guild id is set', async () => {
    const { logger } = captureLogger();
    const result = await deployCommands(
      { token: 'deploy-token', applicationId: APPLICATION_ID, guildId: null, apiUrl: stand.apiUrl },
      logger,
    );
    expect(result.scope).toBe('global');
    expect(stand.requests.at(-1)!.route).toBe(`/applications/${APPLICATION_ID}/commands`);
  });

  it('refuses without an application id', async () => {
    const { logger } = captureLogger();
    await expect(
      deployCommands({ token: 't', applicationId: null, guildId: null, apiUrl: stand.apiUrl }, logger),
    ).rejects.toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('runs as `npm run deploy-commands` from the environment', async () => {
    // An empty working directory, so no developer's .env leaks into the test.
    const cwd = await mkdtemp(path.join(tmpdir(), 'deploy-commands-'));
    try {
      const from = stand.requests.length;
      const { stderr } = await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'deploy-commands.ts')], {
        cwd,
        env: {
          PATH: process.env.PATH,
          LOG_LEVEL: 'silent',
          DISCORD_TOKEN: 'script-token',
          DISCORD_APPLICATION_ID: APPLICATION_ID,
          DISCORD_GUILD_ID: GUILD_ID,
          DISCORD_API_URL: stand.apiUrl,
        },
      });
      expect(stderr).toContain(
        'Deployed 9 commands (/ask, /judgement, /compare, /improve, /help, /follow, /unfollow, /following, /settings) to guild',
      );
      const requests = stand.since(from);
      expect(requests).toHaveLength(1);
      expect(requests[0]!.route).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
      expect(requests[0]!.authorization).toBe('Bot script-token');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 30000);

  it('exits non-zero with a clear message when the token is missing', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'deploy-commands-'));
    try {
      const failed = await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'deploy-commands.ts')], {
        cwd,
        env: { PATH: process.env.PATH, LOG_LEVEL: 'silent' },
      }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain('DISCORD_TOKEN is not set');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 30000);
});

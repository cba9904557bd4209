import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.ts';

describe('config', () => {
  it('runs the console when no platform token is set', () => {
    expect(readConfig({})).toEqual({
      logLevel: 'info',
      logFile: null,
      indexDir: null,
      indexPollMs: 10_000,
      store: { dataDir: './data', databaseUrl: null },
      slack: null,
      discord: null,
      update: { baseUrl: 'https://reports.ofsted.gov.uk/', schedule: null },
      proxy: null,
    });
    // Blank values, as copied from .env.example, count as unset.
    expect(readConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ' }).slack).toBeNull();
  });

  it('reads Slack in HTTP and Socket Mode', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      appToken: null,
      port: 8080,
      apiUrl: null,
    });
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it('reads the store and index polling, naming a malformed value without echoing a password', () => {
    expect(readConfig({ DATA_DIR: '/var/lib/ofsted', INDEX_POLL_SECONDS: '30' })).toMatchObject({
      indexPollMs: 30_000,
      store: { dataDir: '/var/lib/ofsted', databaseUrl: null },
    });
    expect(readConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/ofsted' }).store.databaseUrl).toBe('postgres://bot:pw@db:5432/ofsted');
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/x' })).toThrow(/DATABASE_URL must be a postgres:/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/x' })).not.toThrow(/hunter2/);
    expect(() => readConfig({ INDEX_POLL_SECONDS: '600' })).toThrow(/INDEX_POLL_SECONDS must be a number of seconds from 1 to 60/);
  });

  it('names the missing or malformed variable', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'nope' })).toThrow(/SLACK_API_URL must be an http\(s\) URL/);
    expect(() => readConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' })).toThrow(/DISCORD_APPLICATION_ID must be a Discord id/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });

  it('runs only the adapters ADAPTERS names, so Slack and Discord can run in separate processes', () => {
    const both = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', DISCORD_TOKEN: 't' };
    expect(readConfig(both).slack).not.toBeNull();
    expect(readConfig(both).discord).not.toBeNull();
    expect(readConfig({ ...both, ADAPTERS: 'slack' }).discord).toBeNull();
    expect(readConfig({ ...both, ADAPTERS: 'discord' }).slack).toBeNull();
    // The other process's variables are not checked: Discord runs without a Slack signing secret here.
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 't', ADAPTERS: 'discord' }).discord?.token).toBe('t');
    expect(readConfig({ ...both, ADAPTERS: ' Slack, discord ' }).slack).not.toBeNull();
    expect(() => readConfig({ ...both, ADAPTERS: 'teams' })).toThrow(/ADAPTERS must be a comma-separated list of slack, discord/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', ADAPTERS: 'slack' })).toThrow(/ADAPTERS includes slack, so SLACK_BOT_TOKEN is required/);
  });

  it('never puts a token in an error message', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'secret-token-value', SLACK_SIGNING_SECRET: 's' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-token-value') }),
    );
  });

  it('npm start stops with a message naming the bad variable', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const run = promisify(execFile);
    const failure = await run(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'adapters/main.ts')], {
      cwd: path.join(root, 'test'),
      env: { PATH: process.env['PATH'] ?? '', SLACK_BOT_TOKEN: 'xoxb-1' },
    }).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('SLACK_SIGNING_SECRET is required');
  });
});
